import Foundation

/// Large feeds written to a temporary folder for the scale and shard tests.
enum GeneratedFeed {
    /// A Merchant Center CSV with `rows` products, ids `MC-0` … in several scripts.
    static func merchantCenter(rows: Int, name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("brandfeeds-\(UUID().uuidString)-\(name)").path
        var text = "id,title,description,image_link,color,price\n"
        let scripts = ["Jacket", "ジャケット", "سترة", "Куртка"]
        for row in 0..<rows {
            text += "MC-\(row),\"\(scripts[row % 4]) \(row) 26\"\"\",\"Line one\nline two\",https://cdn.example/\(row).jpg,rust,\(row % 90 + 10).00 USD\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
