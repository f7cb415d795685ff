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
        try manager.createDirectory(at: logs, withIntermediateDirectories: true)
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

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Runs `command` as a shell would (pipes and redirections as written, `pipefail` on) in the
    /// workspace, with the built `brandc` first on the `PATH` and the workspace's own user cache.
    func run(_ command: String, environment: [String: String]) async throws -> BrandcExecutable.Result {
        guard let brandc = BrandcExecutable.path else { throw BrandcExecutable.NotBuilt() }
        let path = brandc.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let shell = ["PATH": path, "XDG_CACHE_HOME": cache.path].merging(environment) { _, new in new }
        return try await BrandcExecutable.launch(URL(fileURLWithPath: "/bin/bash"), ["-o", "pipefail", "-c", command],
                                                 in: root, environment: shell, logs: logs).wait()
    }

    /// Where each command's captured output goes (outside the copied examples the commands read).
    var logs: URL { root.appendingPathComponent(".logs") }
}
