import Foundation
public import BrandModel

/// The registry as `brandc models` prints it: one row per route.
public enum RegistryTable {
    public static func text(_ registry: ModelRegistry) -> String {
        let header = ["ROUTE", "MODEL", "ENDPOINT", "KEY VARIABLE", "BASE URL", "INPUT", "SIZES", "RATIOS", "REFS", "THINKING",
                      "SEARCH", "BATCH", "PRICE"]
        var rows = [header]
        for route in registry.routes {
            guard let model = registry.model(named: route.model) else { continue }
            rows.append([
                route.name, "\(model.displayName) (\(model.id))", route.endpoint.rawValue, route.keyEnvironmentVariable, route.baseURL,
                route.inputTokenLimit.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))),
                model.imageSizes.joined(separator: " "), "\(model.aspectRatios.count)", "\(model.maxReferenceImages)",
                model.thinkingLevels.isEmpty ? "-" : model.thinkingLevels.joined(separator: "/"),
                [model.webGrounding ? "web" : nil, model.imageSearch ? "image" : nil].compactMap { $0 }
                    .joined(separator: "+").ifEmpty("-"),
                // What `build --target gemini-batch` accepts for this route, not what the model could do elsewhere.
                registry.supportsBatch(route) ? "yes" : "no", priceSummary(route, model),
            ])
        }
        var out = ColumnTable.lines(rows).joined(separator: "\n") + "\n\nInput limits and their sources:\n"
        for route in registry.routes {
            out += "  \(route.name): \(route.inputTokenLimit) tokens (\(route.limitSource))\n"
        }
        return out
    }

    /// `brandc models --json`: one object per route, every column as a value (prices in US dollars).
    public static func json(_ registry: ModelRegistry) throws -> String {
        var routes: [[String: Any]] = []
        for route in registry.routes {
            guard let model = registry.model(named: route.model) else { continue }
            var prices: [String: Any] = [:]
            if let value = route.prices.perRequest { prices["perRequest"] = value }
            if !route.prices.perImage.isEmpty { prices["perImage"] = route.prices.perImage }
            if let value = route.prices.imageOutputPerMillion { prices["imageOutputPerMillion"] = value }
            if let value = route.prices.inputPerMillion { prices["inputPerMillion"] = value }
            if let value = route.prices.batchDiscount { prices["batchDiscount"] = value }
            routes.append([
                "route": route.name, "model": model.id, "modelName": model.displayName, "endpoint": route.endpoint.rawValue,
                "keyEnvironmentVariable": route.keyEnvironmentVariable, "baseURL": route.baseURL,
                "inputTokenLimit": route.inputTokenLimit, "limitSource": route.limitSource, "imageSizes": model.imageSizes,
                "aspectRatios": model.aspectRatios, "maxReferenceImages": model.maxReferenceImages,
                "thinkingLevels": model.thinkingLevels, "webGrounding": model.webGrounding, "imageSearch": model.imageSearch,
                "batch": registry.supportsBatch(route), "prices": prices,
            ])
        }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try JSONSerialization.data(withJSONObject: ["routes": routes], options: options)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func priceSummary(_ route: Route, _ model: TargetModel) -> String {
        let prices = route.prices
        var parts: [String] = []
        if let perRequest = prices.perRequest { parts.append("$\(format(perRequest))/request") }
        if let perMillion = prices.imageOutputPerMillion {
            let size = model.defaultImageSize ?? ""
            let each = Double(model.outputTokens(forSize: size)) * perMillion / 1_000_000
            parts.append("$\(format(perMillion))/M image tokens (~$\(format(each)) at \(size))")
        }
        if !prices.perImage.isEmpty {
            let low = prices.perImage.values.min() ?? 0
            let high = prices.perImage.values.max() ?? 0
            parts.append(low == high ? "$\(format(low))/image" : "$\(format(low))-\(format(high))/image")
        }
        if let discount = prices.batchDiscount { parts.append("batch -\(Int(discount * 100))%") }
        return parts.isEmpty ? "unknown" : parts.joined(separator: ", ")
    }

    static func format(_ value: Double) -> String {
        String(format: "%.3f", value).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
