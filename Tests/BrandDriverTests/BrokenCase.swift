import BrandDiagnostics
import BrandDriver
import Foundation
import Testing

/// One folder under `Tests/Fixtures/broken/`, named after the code it provokes (`M004-bad-color`).
/// A folder with `template.mustache` is compiled (`brand.yaml` + the template + `product.yaml` when
/// present; `compile: --locale xx` in a fixture picks the locale; a file named `out` makes the output
/// folder unwritable); any other folder is linted as a whole.
struct BrokenCase: CustomTestStringConvertible, Sendable {
    var name: String

    var folder: String { "\(PackageRoot.fixtures)/broken/\(name)" }
    var code: String { String(name.prefix(4)) }
    var testDescription: String { name }

    static let all: [BrokenCase] = {
        let root = PackageRoot.url.appendingPathComponent("\(PackageRoot.fixtures)/broken").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { BrokenCase(name: $0) }
    }()

    /// The case's files, relative to the package root, sorted.
    var files: [String] {
        let root = PackageRoot.url.appendingPathComponent(folder).path
        return (FileManager.default.subpaths(atPath: root) ?? []).sorted().map { "\(folder)/\($0)" }
            .filter { !isDirectory($0) }
    }

    var markers: [ExpectationMarker] {
        files.filter { !$0.hasSuffix(".png") }.flatMap { path in
            ExpectationMarker.scan(text(of: path), file: path)
        }
    }

    var isCompiled: Bool { exists("template.mustache") }

    func run(outputDirectory: String) -> [Diagnostic] {
        var driver = Driver()
        driver.tokenizer = .estimate  // goldens must not depend on a vocabulary in the user cache
        if exists("registry.yaml") {
            // A case's own routes (a tiny window to overflow), laid over the built-in registry.
            driver.registry = Driver.loadRegistry("\(folder)/registry.yaml").0
        }
        guard isCompiled else { return driver.lint([folder]) }
        let locale = files.lazy.compactMap { path in
            text(of: path).firstMatch(of: #/compile: --locale ([A-Za-z-]+)/#).map { String($0.1) }
        }.first
        let job = CompileJob(
            brand: "\(folder)/brand.yaml", template: "\(folder)/template.mustache",
            products: exists("product.yaml") ? ["\(folder)/product.yaml"] : [], locale: locale,
            outputDirectory: exists("out") ? "\(folder)/out" : outputDirectory)
        return driver.compile(job).diagnostics
    }

    private func exists(_ file: String) -> Bool {
        FileManager.default.fileExists(atPath: PackageRoot.url.appendingPathComponent("\(folder)/\(file)").path)
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let absolute = PackageRoot.url.appendingPathComponent(path).path
        return FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func text(of path: String) -> String {
        (try? String(contentsOf: PackageRoot.url.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }
}
