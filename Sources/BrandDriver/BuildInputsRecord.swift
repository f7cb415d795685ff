import Foundation
import BrandFeeds
import BrandNetwork

/// The inputs a build folder was made from, listed by `brandc build` in `build-inputs.json` beside
/// the journal, so `brandc check OUT_DIR` can compile the same requests again (text blocks with
/// their lines, palette, shape) through the same compile path instead of storing a copy of them.
struct BuildInputsRecord: Codable, Hashable, Sendable {
    static let fileName = "build-inputs.json"

    var brand: String
    var template: String
    var products: [String]
    var feed: String?
    /// `I/N`, or `nil` for the whole feed.
    var shard: String?
    var locale: String?
    var route: String?
    /// The working folder the paths are relative to.
    var workingDirectory: String

    init(_ job: CompileJob, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        brand = job.brand
        template = job.template
        products = job.products
        feed = job.feed
        shard = job.shard == .whole ? nil : "\(job.shard.index)/\(job.shard.count)"
        locale = job.locale
        route = job.route
        self.workingDirectory = workingDirectory
    }

    /// Adds these inputs to the folder's list (once: a rerun with the same inputs changes nothing),
    /// written atomically with sorted keys, so the same builds give the same bytes.
    static func record(_ job: CompileJob, in folder: URL) throws {
        let record = BuildInputsRecord(job)
        var all = read(in: folder)
        guard !all.contains(record) else { return }
        all.append(record)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try encoder.encode(all)) + [0x0A], to: folder.appendingPathComponent(fileName))
    }

    /// Every input set built into `folder`, oldest first; empty when there is no readable record.
    static func read(in folder: URL) -> [BuildInputsRecord] {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return [] }
        return (try? JSONDecoder().decode([BuildInputsRecord].self, from: data)) ?? []
    }

    /// A path as recorded, resolved against the recorded working folder when it is relative and
    /// not found from the current one.
    func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/"), !FileManager.default.fileExists(atPath: path) else { return path }
        let candidate = workingDirectory + "/" + path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : path
    }

    /// The compile job these inputs describe, writing nowhere.
    func compileJob(outputDirectory: String) -> CompileJob {
        var job = CompileJob(
            brand: resolve(brand), template: resolve(template), products: products.map(resolve), locale: locale,
            outputDirectory: outputDirectory, route: route)
        job.feed = feed.map(resolve)
        if let shard, let parsed = try? Shard(parsing: shard) { job.shard = parsed }
        job.collectsBudgets = false
        return job
    }
}
