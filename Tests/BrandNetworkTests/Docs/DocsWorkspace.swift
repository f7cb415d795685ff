import BrandTestSupport
import BrandTokens
import Foundation

/// A scratch copy of the project's bundled examples, laid out as the README's reader has them (the
/// commands name `brands/`, `products/` and `templates/` relatively), plus the few files the docs
/// name as the reader's own: `copy.txt`, `big.csv` and `products.csv` (a real feed), `hero.png`
/// (a real image), and a copy of Google's vocabulary for `tokenizer install --from`.
struct DocsWorkspace {
    let root: URL

    /// Folders copied from the package root.
    static let bundled = ["brands", "products", "templates"]

    init() throws {
        root = try BrandcExecutable.scratchFolder()
        let manager = FileManager.default
        let package = BrandcExecutable.packageRoot
        for folder in Self.bundled {
            try manager.copyItem(at: package.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        // The reader's own feeds sit in the folder they run brandc from, so their image paths are
        // relative to it (the bundled feed's are relative to products/feeds/).
        let feed = try String(contentsOf: package.appendingPathComponent("products/feeds/northwind-merchant-center.csv"), encoding: .utf8)
            .replacingOccurrences(of: "../northwind/photos/", with: "products/northwind/photos/")
        for name in ["big.csv", "products.csv"] { try Data(feed.utf8).write(to: root.appendingPathComponent(name)) }
        try manager.copyItem(at: package.appendingPathComponent("products/kumo/sencha-tin.png"), to: root.appendingPathComponent("hero.png"))
        try Data("ゆっくり淹れる一杯。Slow tea, brewed for two. شاي بطيء\n".utf8).write(to: root.appendingPathComponent("copy.txt"))
        if let vocabulary = Self.installedO200k {
            try manager.copyItem(atPath: vocabulary, toPath: root.appendingPathComponent(Self.vocabularyCopy).path)
        }
        try manager.createDirectory(at: cache, withIntermediateDirectories: true)
    }

    /// The name the README gives the vocabulary a reader brought to an offline machine.
    static let vocabularyCopy = "o200k_base.tiktoken"

    /// OpenAI's o200k_base file as `scripts/setup.sh` installs it in this user's cache (byte-identical
    /// to the published file), or `nil` where it was not installed.
    static var installedO200k: String? {
        guard let path = VocabularyLocator(.o200k).userCachePath, FileManager.default.fileExists(atPath: path) else { return nil }
        return path
    }

    /// The workspace's own user cache, so installed tokenizers stay out of the developer's.
    var cache: URL { root.appendingPathComponent(".cache") }

    /// How a command ended and what it printed.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Runs `command` as a shell would (pipes and redirections as written, `pipefail` on) in the
    /// workspace, with the built `brandc` first on the `PATH`.
    func run(_ command: String, environment: [String: String]) async throws -> Outcome {
        guard let brandc = BrandcExecutable.path else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "brandc"]) }
        let out = root.appendingPathComponent(".stdout"), err = root.appendingPathComponent(".stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-o", "pipefail", "-c", command]
        process.currentDirectoryURL = root
        var inherited = ProcessInfo.processInfo.environment
        for name in ["BRANDC_BASE_URL", "BRANDC_KEY_ENV", "BRANDC_TOKENIZER", "BRANDC_O200K"] { inherited[name] = nil }
        inherited["PATH"] = brandc.deletingLastPathComponent().path + ":" + (inherited["PATH"] ?? "/usr/bin:/bin")
        inherited["XDG_CACHE_HOME"] = cache.path
        process.environment = inherited.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        await process.ended()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
