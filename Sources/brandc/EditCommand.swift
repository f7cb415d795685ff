import ArgumentParser
import BrandDiagnostics
import BrandEdit
import BrandNetwork
import Foundation

/// `brandc edit`: multi-turn image edit sessions kept in a folder.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit an image over several turns; each session lives in its own folder.",
        discussion: """
            A session starts from an image (any file, or a build output) and a route ('--route', else the registry's 'edit' workload). Each turn sends one instruction: Gemini routes resend the whole conversation with the model's answers verbatim (thought signatures echoed byte for byte); OpenAI routes send the current image to images/edits, with an optional mask. Every turn is checked against the route's input window before it is sent. See docs/edit.md.

              brandc edit start mug --image out/mug.png --route google/nano-banana-2 --brand brands/kumo/brand.yaml
              brandc edit turn mug "make the background {colors.rice-paper}"
              brandc edit show mug

            A SESSION is a folder path, or a name inside --sessions (default: edits).
            """,
        subcommands: [EditStartCommand.self, EditTurnCommand.self, EditShowCommand.self, EditListCommand.self, EditForkCommand.self])
}

/// Where sessions are and how SESSION arguments name them.
struct EditSessionsOption: ParsableArguments {
    @Option(name: .customLong("sessions"), help: ArgumentHelp("The folder that holds sessions named without a path.", valueName: "dir"))
    var sessions: String = "edits"

    /// A name with no `/` that is not an existing folder means `<sessions>/<name>`.
    func folder(_ session: String) -> URL {
        var isDirectory: ObjCBool = false
        if session.contains("/") || (FileManager.default.fileExists(atPath: session, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return URL(fileURLWithPath: session)
        }
        return URL(fileURLWithPath: sessions).appendingPathComponent(session)
    }
}

/// How turns are sent: the route's connection overridden, like `build`'s.
struct EditNetworkOptionGroup: ParsableArguments {
    @OptionGroup var connection: ConnectionOptionGroup

    @Option(name: .customLong("max-cost"), help: ArgumentHelp("Send nothing when the turn's estimated cost exceeds this many US dollars.", valueName: "usd"))
    var maxCost: Double?

    var options: EditNetworkOptions {
        var options = EditNetworkOptions()
        options.baseURL = connection.baseURL
        options.keyEnvironmentVariable = connection.keyEnvironmentVariable
        options.allowsPlainHTTP = connection.allowHTTP
        options.timeout = connection.timeout
        options.maxCost = maxCost
        return options
    }
}

/// Printing an edit command's diagnostics and failures, and its exit status.
enum EditConsole {
    static func fail(_ failure: EditFailure, session: URL) -> ExitCode {
        let diagnostic = Diagnostic(failure.code, failure.message, at: SourceLocation(file: session.path),
                                    fix: failure.fix.map { FixSuggestion($0) })
        DiagnosticOutput().emit([diagnostic], to: .standardError)
        return ExitCode(1)
    }

    static func emit(_ diagnostics: [Diagnostic]) {
        if !diagnostics.isEmpty { DiagnosticOutput().emit(diagnostics, to: .standardError) }
    }

    static func money(_ value: Double?) -> String { value.map { String(format: "$%.4f", $0) } ?? "unpriced" }

    static func describe(_ turn: EditTurnRecord) -> String {
        var line = "turn \(turn.number) [\(turn.route), conversation \(turn.conversation)]: \(turn.resolvedInstruction)\n"
        line += "  image: \(turn.image ?? "none")  from: \(turn.inputImage)"
        if let mask = turn.mask { line += "  mask: \(mask)" }
        line += "\n  tokens: \(turn.usage?.inputTokens.map(String.init) ?? "?") in, \(turn.usage?.outputTokens.map(String.init) ?? "?") out"
        line += "  cost: \(money(turn.cost))  window: \(turn.budget.inputTokens) of \(turn.budget.window) (\(turn.budget.method))"
        if let left = turn.budget.turnsRemaining { line += ", about \(left) more turns fit" }
        line += "\n"
        if let note = turn.note { line += "  note: \(note)\n" }
        for text in turn.texts where !text.isEmpty { line += "  text: \(text)\n" }
        return line
    }
}

struct EditShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a session: its source, route and every turn (instruction, image, tokens, cost, window).")

    @Argument(help: "The session (a folder, or a name inside --sessions).") var session: String
    @OptionGroup var where_: EditSessionsOption

    func run() throws {
        let folder = where_.folder(session)
        let files = EditSessionFolder(folder)
        do {
            let manifest = try files.manifest()
            var text = "session \(manifest.name): route \(manifest.route), source \(manifest.source.file) (\(manifest.source.origin))\n"
            if let brand = manifest.brand { text += "brand: \(brand)\n" }
            for turn in try files.turns() { text += EditConsole.describe(turn) }
            if let pending = try files.pending() {
                text += "turn \(pending.number) unfinished: \(pending.instruction) (brandc edit turn \(folder.path) --resume)\n"
            }
            print(text, terminator: "")
        } catch let failure as EditFailure {
            throw EditConsole.fail(failure, session: folder)
        }
    }
}

struct EditListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the sessions in --sessions with their route and turn count.")

    @OptionGroup var where_: EditSessionsOption

    func run() throws {
        let root = URL(fileURLWithPath: where_.sessions)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        for name in names {
            let files = EditSessionFolder(root.appendingPathComponent(name))
            guard files.exists, let manifest = try? files.manifest() else { continue }
            let turns = (try? files.turns())?.count ?? 0
            let pending = (try? files.pending()) != nil ? ", 1 unfinished" : ""
            print("\(name)\t\(manifest.route)\t\(turns) turn\(turns == 1 ? "" : "s")\(pending)")
        }
    }
}

struct EditForkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fork",
        abstract: "Start a new session from a turn's image (the last by default): the fix when a conversation outgrows its window.")

    @Argument(help: "The session to fork.") var session: String
    @Argument(help: "The new session.") var newSession: String
    @Option(help: ArgumentHelp("Fork from this turn's image (0: the source).", valueName: "n")) var turn: Int?
    @OptionGroup var where_: EditSessionsOption

    func run() throws {
        let from = where_.folder(session), to = where_.folder(newSession)
        do {
            let manifest = try EditSessions(transport: NoTransport()).fork(from, into: to, turn: turn)
            print("forked \(from.path) into \(to.path): route \(manifest.route), source \(manifest.source.origin)")
        } catch let failure as EditFailure {
            throw EditConsole.fail(failure, session: from)
        }
    }
}

/// For commands that send nothing.
struct NoTransport: Transport {
    func send(_ exchange: Exchange, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse {
        throw .connection("this command sends nothing")
    }
}
