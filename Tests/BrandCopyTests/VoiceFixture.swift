import BrandChecks
import BrandDiagnostics
import BrandModel
import BrandTestSupport
import BrandYAML

/// A brand guide (and optionally a product and a template) with the places findings must land
/// marked inline by `1️⃣`, `2️⃣`…, as swift-format's rule tests mark them. The markers are removed
/// before linting; `expected(n)` is where marker `n` stood, as line and column of the cleaned file.
struct VoiceFixture {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

    var files: [String: String] = [:]
    /// Marker index -> (file, line, column) in the cleaned text.
    private var marks: [Int: (file: String, line: Int, column: Int)] = [:]

    init(brand: String, product: String? = nil, template: String? = nil) {
        add("brand.yaml", brand)
        if let product { add("product.yaml", product) }
        if let template { add("template.mustache", template) }
    }

    private mutating func add(_ path: String, _ marked: String) {
        var clean = ""
        var line = 1
        var column = 1
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let (index, marker) = Self.markers.enumerated().first(where: { rest.hasPrefix($0.element) }) {
                marks[index + 1] = (path, line, column)
                rest = rest.dropFirst(marker.count)
                continue
            }
            let character = rest.removeFirst()
            clean.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        files[path] = clean
    }

    /// Where marker `number` stood: `brand.yaml:12:20`.
    func expected(_ number: Int) -> String {
        guard let mark = marks[number] else { return "no marker \(number)" }
        return "\(mark.file):\(mark.line):\(mark.column)"
    }

    /// Every diagnostic of the whole check registry on the fixture.
    func lint() -> [Diagnostic] {
        let fileSystem = MemoryFileSystem(files: files)
        var sink = DiagnosticSink()
        let guide = BrandGuideLoader(fileSystem: fileSystem).load("brand.yaml", diagnostics: &sink)
        var products: [ProductRecord] = []
        if let text = files["product.yaml"],
            let document = YAMLLoader().loadSingle(SourceFile(path: "product.yaml", text: text), diagnostics: &sink),
            let product = ProductRecord.decode(document, diagnostics: &sink)
        {
            products.append(product)
        }
        let templates = files["template.mustache"].map { text in
            [PromptTemplate.decode(SourceFile(path: "template.mustache", text: text), loader: YAMLLoader(), diagnostics: &sink)]
        } ?? []
        CheckRegistry.run(
            CheckInput(guide: guide, products: products, templates: templates, fileSystem: fileSystem), diagnostics: &sink)
        return sink.diagnostics
    }

    /// The places the diagnostics of `code` start at, as `file:line:column`, in source order.
    func places(of code: String) -> [String] {
        lint().filter { $0.code.id == code }.compactMap { diagnostic in
            diagnostic.location.flatMap { location in location.start.map { "\(location.file):\($0.line):\($0.column)" } }
        }.sorted()
    }
}
