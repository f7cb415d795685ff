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

extension GeneratedFeed {
    /// A Shopify export of `products` handles whose variant rows all come after every first row,
    /// so no handle's rows are adjacent: sizes S, M, L per handle.
    static func shopify(products: Int, name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("brandfeeds-\(UUID().uuidString)-\(name)").path
        var text = "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant SKU,Image Src,Image Position\r\n"
        for product in 0..<products {
            text += "h-\(product),\"Tee \(product)\",\"<p>Soft\u{2028}cotton</p>\",Size,S,SKU-\(product)-S,https://cdn.example/\(product)-1.jpg,1\r\n"
        }
        for size in ["M", "L"] {
            for product in (0..<products).reversed() {
                text += "h-\(product),,,,\(size),SKU-\(product)-\(size),https://cdn.example/\(product)-\(size).jpg,\(size == "M" ? 3 : 2)\r\n"
            }
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
