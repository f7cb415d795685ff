import BrandDiagnostics
import BrandModel
import Foundation
import Testing

@testable import BrandImageCheck

/// The pool: every image checked once, results in the order given, whatever finishes first.
@Suite struct ImageCheckPoolTests {
    @Test func resultsComeBackInOrderWithTheirFindings() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-pool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var items: [ImageCheckItem] = []
        for index in 0..<7 {
            let path = folder.appendingPathComponent("image-\(index).png").path
            // Even ones are empty files; odd ones are not images at all.
            try Data(index.isMultiple(of: 2) ? [] : Array("plain text \(index)".utf8)).write(to: URL(fileURLWithPath: path))
            items.append(ImageCheckItem(key: "k\(index)", imagePath: path, expectations: ImageExpectations()))
        }
        let pool = ImageCheckPool(workers: 3, thresholds: ImageCheckThresholds())
        let results = await pool.checkAll(items)
        #expect(results.map(\.key) == items.map(\.key))
        for (index, result) in results.enumerated() {
            #expect(result.diagnostics.map(\.code) == [.imageUndecodable])
            #expect(result.diagnostics.first?.message.contains(index.isMultiple(of: 2) ? "0 bytes" : "not a PNG, JPEG or WebP") == true)
            #expect(result.hasErrors)
        }
        #expect(getenv("OMP_THREAD_LIMIT") != nil, "set before any engine starts")
    }
}
