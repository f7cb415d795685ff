import Foundation
public import BrandDriver
import BrandDiagnostics
import BrandModel
import BrandLowering
public import MCP

/// What one tool call returns: text for people, structured content for programs.
public struct ToolOutput: Sendable {
    public var text: String
    public var structured: Value
    public var isError: Bool
}

/// The tools, each a thin call into the same driver the CLI uses. Paths are the working folder's.
public struct BrandTools: Sendable {
    public let driver: Driver
    public let workspace: Workspace
    public let scrubber: SecretScrubber

    public init(driver: Driver, workspace: Workspace, scrubber: SecretScrubber = SecretScrubber()) {
        self.driver = driver
        self.workspace = workspace
        self.scrubber = scrubber
    }

    /// Runs a tool; bad arguments and paths outside the folder come back as an error result.
    public func call(_ name: String, _ arguments: [String: Value]?) async -> ToolOutput {
        do {
            let output: ToolOutput
            switch name {
            case "lint": output = try lint(arguments)
            case "compile": output = try compile(arguments)
            case "budget": output = try budget(arguments)
            case "tokens": output = try tokens(arguments)
            case "route": output = try route(arguments)
            case "explain": output = try explain(arguments)
            case "models": output = try models(arguments)
            case "check": output = try await check(arguments)
            default:
                return failure("no tool '\(name)'; tools: \(ToolCatalog.tools.map(\.name).joined(separator: ", "))")
            }
            return ToolOutput(text: scrubber.scrub(output.text), structured: scrub(output.structured), isError: output.isError)
        } catch {
            return failure(String(describing: error))
        }
    }

    func failure(_ message: String) -> ToolOutput {
        ToolOutput(text: "error: " + scrubber.scrub(message), structured: .object(["error": .string(scrubber.scrub(message))]), isError: true)
    }

    func scrub(_ value: Value) -> Value {
        switch value {
        case .string(let text): return .string(scrubber.scrub(text))
        case .array(let items): return .array(items.map(scrub))
        case .object(let members): return .object(members.mapValues(scrub))
        default: return value
        }
    }

    func lint(_ arguments: [String: Value]?) throws -> ToolOutput {
        let args = try ToolArguments(arguments, known: ["paths", "brand", "text"])
        let paths = try args.strings("paths").map(workspace.resolve)
        let brand = try args.string("brand").map(workspace.resolve)
        var linting = driver
        let diagnostics: [Diagnostic]
        if let text = try args.string("text") {
            guard paths.count == 1 else { throw ToolArguments.Problem(description: "'text' needs exactly one path in 'paths': the file it stands for") }
            linting.fileSystem = OverlayFileSystem(documents: [paths[0]: Array(text.utf8)], base: driver.fileSystem)
            diagnostics = linting.lint(documents: paths, brand: brand)
        } else {
            diagnostics = linting.lint(paths.isEmpty ? [workspace.root] : paths, brand: brand)
        }
        return report(diagnostics, extra: [:], summary: nil)
    }

    func job(_ args: ToolArguments, out: String) throws -> CompileJob {
        var job = CompileJob(
            brand: try workspace.resolve(try args.requiredString("brand")),
            template: try workspace.resolve(try args.requiredString("template")),
            products: try args.strings("products").map(workspace.resolve), locale: try args.string("locale"),
            outputDirectory: out, route: try args.string("route"))
        job.collectsBudgets = true
        return job
    }

    func compile(_ arguments: [String: Value]?) throws -> ToolOutput {
        let args = try ToolArguments(arguments, known: ["brand", "template", "products", "locale", "route", "target", "out"])
        let fileManager = FileManager.default
        let requested = try args.string("out").map(workspace.resolve)
        let folder = requested ?? fileManager.temporaryDirectory.appendingPathComponent("brandc-mcp-\(UUID().uuidString)").path
        defer { if requested == nil { try? fileManager.removeItem(atPath: folder) } }
        var compileJob = try job(args, out: folder)
        if let target = try args.string("target") {
            guard let parsed = LoweringTarget(rawValue: target) else {
                let names = LoweringTarget.allCases.map(\.rawValue).joined(separator: ", ")
                throw ToolArguments.Problem(description: "'\(target)' is not a target; expected one of \(names)")
            }
            compileJob.target = parsed
        }
        let result = driver.compile(compileJob)
        var requests: [Value] = []
        for file in result.written.sorted() {
            let name = requested == nil ? String(file.dropFirst(folder.count + 1)) : workspace.relative(file)
            var entry: [String: Value] = ["file": .string(name)]
            if requested == nil, file.hasSuffix(".json") || file.hasSuffix(".jsonl"), let data = fileManager.contents(atPath: file) {
                entry["request"] = (try? JSONDecoder().decode(Value.self, from: data)) ?? .string(String(decoding: data, as: UTF8.self))
            }
            requests.append(.object(entry))
        }
        let summary = requested == nil ? "compiled \(requests.count) request(s)" : "wrote \(requests.count) file(s) to \(workspace.relative(folder))"
        return report(result.diagnostics, extra: ["requests": .array(requests)], summary: summary)
    }

    func budget(_ arguments: [String: Value]?) throws -> ToolOutput {
        let args = try ToolArguments(arguments, known: ["brand", "template", "products", "locale", "route"])
        let assembled = driver.assemble(try job(args, out: CompileJob.standardOutput))
        let entries = assembled.prompts.compactMap(BudgetEntry.init)
        let json = BudgetReport.render(entries, as: .json)
        let value = (try? JSONDecoder().decode(Value.self, from: Data(json.utf8))) ?? .string(json)
        var output = report(assembled.diagnostics, extra: ["budgets": value], summary: nil)
        output.text = BudgetReport.render(entries, as: .text) + (output.text.isEmpty ? "" : "\n" + output.text)
        return output
    }

    func tokens(_ arguments: [String: Value]?) throws -> ToolOutput {
        let args = try ToolArguments(arguments, known: ["texts", "files", "route", "model"])
        var inputs = try args.strings("texts").enumerated().map { ("text \($0.offset + 1)", $0.element) }
        for file in try args.strings("files") {
            let path = try workspace.resolve(file)
            guard let bytes = try? driver.fileSystem.read(path) else { throw ToolArguments.Problem(description: "cannot read '\(file)'") }
            inputs.append((file, String(decoding: bytes, as: UTF8.self)))
        }
        guard !inputs.isEmpty else { throw ToolArguments.Problem(description: "give 'texts' or 'files' to count") }
        let result = driver.countTokens(inputs, route: try args.string("route"), model: try args.string("model"))
        let rows: [Value] = result.rows.map {
            .object(["input": .string($0.input), "tokens": .int($0.tokens), "characters": .int($0.characters),
                     "bytes": .int($0.bytes), "method": .string($0.method)])
        }
        var output = report(result.diagnostics, extra: ["counts": .array(rows), "total": .int(result.rows.reduce(0) { $0 + $1.tokens })], summary: nil)
        output.text = TokenCountReport.text(result.rows) + output.text
        return output
    }

    func route(_ arguments: [String: Value]?) throws -> ToolOutput {
        let args = try ToolArguments(arguments, known: ["template", "workload"])
        let result = driver.explainRoutes(template: try args.string("template").map(workspace.resolve), workload: try args.string("workload"))
        var output = report(result.diagnostics, extra: ["explanation": .string(result.text)], summary: nil)
        output.text = result.text + output.text
        return output
    }

    func explain(_ arguments: [String: Value]?) throws -> ToolOutput {
        let args = try ToolArguments(arguments, known: ["code"])
        func describe(_ code: DiagnosticCode) -> Value {
            .object(["code": .string(code.id), "name": .string(code.name), "severity": .string(code.defaultSeverity.rawValue),
                     "summary": .string(code.summary)])
        }
        guard let name = try args.string("code") else {
            let lines = Driver.allCodes.map { "\($0.id) \($0.name): \($0.summary)" }
            return ToolOutput(text: lines.joined(separator: "\n"), structured: .object(["codes": .array(Driver.allCodes.map(describe))]), isError: false)
        }
        guard let code = Driver.code(named: name) else {
            throw ToolArguments.Problem(description: "no diagnostic code '\(name)'; call explain without a code for the list")
        }
        return ToolOutput(text: "\(code.id) \(code.name) (\(code.defaultSeverity.rawValue) by default)\n\(code.summary)",
                          structured: describe(code), isError: false)
    }

    func models(_ arguments: [String: Value]?) throws -> ToolOutput {
        _ = try ToolArguments(arguments, known: [])
        let models: [Value] = driver.registry.models.map { .object(["id": .string($0.id), "family": .string($0.family)]) }
        let routes: [Value] = driver.registry.routes.map {
            .object(["name": .string($0.name), "model": .string($0.model), "input-token-limit": .int($0.inputTokenLimit)])
        }
        return ToolOutput(text: RegistryTable.text(driver.registry), structured: .object(["models": .array(models), "routes": .array(routes)]), isError: false)
    }

    /// Diagnostics as text lines and structured values, paths relative to the working folder.
    func report(_ diagnostics: [Diagnostic], extra: [String: Value], summary: String?) -> ToolOutput {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var lines: [String] = summary.map { [$0] } ?? []
        var items: [Value] = []
        for diagnostic in diagnostics {
            let file = diagnostic.location.map { workspace.relative($0.file) }
            let start = diagnostic.location?.start
            let place = [file, start.map { "\($0.line):\($0.column)" }].compactMap { $0 }.joined(separator: ":")
            lines.append("\(place.isEmpty ? "" : place + ": ")\(diagnostic.severity.rawValue) \(diagnostic.code.id): \(diagnostic.message)")
            var item: [String: Value] = [
                "code": .string(diagnostic.code.id), "name": .string(diagnostic.code.name),
                "severity": .string(diagnostic.severity.rawValue), "message": .string(diagnostic.message),
            ]
            if let file { item["file"] = .string(file) }
            if let start { item["line"] = .int(start.line); item["column"] = .int(start.column) }
            if let fix = diagnostic.fix {
                var fixValue: [String: Value] = ["message": .string(fix.message)]
                if let replacement = fix.replacement { fixValue["replacement"] = .string(replacement.text) }
                item["fix"] = .object(fixValue)
            }
            if !diagnostic.notes.isEmpty { item["notes"] = .array(diagnostic.notes.map { .string($0.message) }) }
            items.append(.object(item))
        }
        lines.append("\(errors) error(s), \(warnings) warning(s)")
        var structured = extra
        structured["diagnostics"] = .array(items)
        structured["errors"] = .int(errors)
        structured["warnings"] = .int(warnings)
        return ToolOutput(text: lines.joined(separator: "\n"), structured: .object(structured), isError: false)
    }
}
