import Foundation
import BrandModel
import BrandAssembly
import BrandNetwork
import BrandReport

/// A report card while it is being put together, with the facts the page does not show itself
/// (the primary image's file name inside the build folder and its SHA-256, for the thumbnail).
struct GatheredCard {
    var card: ReportCard
    var imageFile: OutputFile?

    init(_ card: ReportCard) {
        self.card = card
    }

    /// A card known only from the journal: product, template and locale read back from the
    /// `<product>.<template>.<locale>` key (a product id with dots of its own keeps them).
    init(key: String) {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var card = ReportCard(name: key, product: key, status: .pending)
        if parts.count >= 3 {
            card.product = parts.dropLast(2).joined(separator: ".")
            card.template = parts[parts.count - 2]
            card.locale = parts[parts.count - 1]
        }
        self.card = card
    }

    mutating func fill(from prompt: AssembledPrompt) {
        card.locale = prompt.locale
        card.template = prompt.templateName
        card.route = prompt.route.name
        card.model = prompt.model.id
        card.prompt = prompt.prompt
        card.textBlocks = prompt.textBlocks.map {
            ReportTextBlock(role: $0.role, text: $0.text, language: $0.language, script: $0.script,
                            direction: $0.direction.rawValue, font: $0.font, layout: $0.layout)
        }
        if let budget = prompt.budget {
            card.budget = ReportBudget(
                used: budget.total, available: budget.budget.available, inputLimit: budget.budget.inputLimit,
                sections: budget.outcomes.map { ReportBudget.Section(name: $0.name, tokens: $0.tokens, state: Self.state($0.state)) })
            card.inputTokens = budget.total
        }
        let size = prompt.imageSize ?? prompt.model.defaultImageSize
        let outputTokens = prompt.model.outputTokens(forSize: size)
        if let estimate = prompt.route.prices.imagePrice(size: size, outputTokens: outputTokens, inputTokens: prompt.budget?.total ?? 0) {
            card.cost = estimate
            card.costIsEstimate = true
        }
        card.outputTokens = outputTokens > 0 ? outputTokens : nil
    }

    static func state(_ state: SectionOutcome.State) -> String {
        switch state {
        case .kept: "kept"
        case .shrunk: "shrunk"
        case .dropped: "dropped"
        case .excluded: "excluded"
        }
    }

    /// What the journal's last record of the request says, and the files it lists.
    mutating func fill(from record: JournalRecord, buildFolder: URL, toBuild: String) {
        func inBuild(_ name: String) -> String { toBuild.isEmpty ? name : toBuild + "/" + name }
        card.attempts = record.attempts
        switch record.state {
        case .succeeded:
            card.status = .succeeded
            card.failureReason = nil
        case .failed:
            card.status = .failed
            card.failureReason = record.reason
        case .planned, .inFlight:
            card.status = .pending
        }
        if record.state == .succeeded || record.cost != nil {
            card.cost = record.cost
            card.costIsEstimate = false
        }
        if let usage = record.usage {
            card.inputTokens = usage.inputTokens ?? card.inputTokens
            card.outputTokens = usage.outputTokens ?? card.outputTokens
        }
        let files = record.files ?? []
        let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "webp", "gif"]
        imageFile = files.first { file in
            let url = URL(fileURLWithPath: file.name)
            return imageExtensions.contains(url.pathExtension) && url.deletingPathExtension().lastPathComponent == card.name
        } ?? files.last { imageExtensions.contains(URL(fileURLWithPath: $0.name).pathExtension) }
        card.image = imageFile.map { inBuild($0.name) }
        if let caption = files.first(where: { $0.name == card.name + ".txt" }),
            let data = FileManager.default.contents(atPath: buildFolder.appendingPathComponent(caption.name).path)
        {
            card.caption = String(decoding: data, as: UTF8.self)
        }
        if let response = files.first(where: { $0.name.hasSuffix(".response.json") }) {
            card.responseFile = inBuild(response.name)
        }
    }
}

/// Paths between the report's folder and the build folder.
enum ReportPaths {
    /// `to` relative to `from` (both absolute, standardised folders); empty when they are the same.
    static func relative(from: URL, to: URL) -> String {
        let source = from.pathComponents
        let target = to.pathComponents
        var common = 0
        while common < min(source.count, target.count), source[common] == target[common] { common += 1 }
        return (Array(repeating: "..", count: source.count - common) + target[common...]).joined(separator: "/")
    }
}
