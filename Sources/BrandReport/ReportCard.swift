/// One request of a build, as the report shows it: what was asked, what came back, what it cost.
/// Plain values, filled by the driver from the journal, the output files and (when the compile
/// inputs are given) the assembled prompt; every field may be missing.
public struct ReportCard: Sendable, Equatable {
    /// The output name (`<product>.<template>.<locale>`): the journal key and the files' stem.
    public var name: String
    public var product: String
    public var locale: String?
    public var template: String?
    public var route: String?
    public var model: String?
    public var status: Status
    /// The primary image's file name inside the build folder.
    public var image: String?
    /// The thumbnail's path relative to the report file.
    public var thumbnail: String?
    /// The model's text part (`NAME.txt`), used as the image's alt text.
    public var caption: String?
    /// The rendered template (the prompt's own part, without the brand rules).
    public var prompt: String?
    /// Index into `ReportDocument.brandRules`: the system instruction, shown once per distinct text.
    public var brandRulesIndex: Int?
    public var textBlocks: [ReportTextBlock]
    /// US dollars spent (from the journal), else the registry's estimate.
    public var cost: Double?
    public var costIsEstimate: Bool
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var budget: ReportBudget?
    /// Attempts the last run made (retries are attempts beyond the first).
    public var attempts: Int?
    public var failureReason: String?
    /// Paths relative to the report file.
    public var requestFile: String?
    public var responseFile: String?
    public var findings: [ReportFinding]

    public enum Status: String, Sendable, Equatable, CaseIterable {
        case succeeded, failed, pending = "not sent", compiled = "not built"
    }

    public init(name: String, product: String, status: Status) {
        self.name = name
        self.product = product
        self.status = status
        textBlocks = []
        costIsEstimate = false
        findings = []
    }
}

/// A copy block: the text set in its own script, direction and brand font.
public struct ReportTextBlock: Sendable, Equatable, Codable {
    public var role: String
    public var text: String
    public var language: String
    public var script: String
    /// `ltr` or `rtl`.
    public var direction: String
    public var font: String?
    /// `vertical` for top-to-bottom CJK.
    public var layout: String?

    public init(role: String, text: String, language: String, script: String, direction: String,
                font: String? = nil, layout: String? = nil) {
        self.role = role
        self.text = text
        self.language = language
        self.script = script
        self.direction = direction
        self.font = font
        self.layout = layout
    }
}

/// How a request filled its token window.
public struct ReportBudget: Sendable, Equatable, Codable {
    public var used: Int
    public var available: Int
    public var inputLimit: Int
    public var sections: [Section]

    public struct Section: Sendable, Equatable, Codable {
        public var name: String
        public var tokens: Int
        /// `kept`, `shrunk`, `dropped` or `excluded`.
        public var state: String

        public init(name: String, tokens: Int, state: String) {
            self.name = name
            self.tokens = tokens
            self.state = state
        }
    }

    public init(used: Int, available: Int, inputLimit: Int, sections: [Section] = []) {
        self.used = used
        self.available = available
        self.inputLimit = inputLimit
        self.sections = sections
    }

    /// Share of the available tokens used, 0…1 (above 1 when over).
    public var fraction: Double { available > 0 ? Double(used) / Double(available) : 0 }
}

/// A problem an image check found in one image.
public struct ReportFinding: Sendable, Equatable {
    public var code: String
    public var severity: String
    public var message: String

    public init(code: String, severity: String, message: String) {
        self.code = code
        self.severity = severity
        self.message = message
    }
}
