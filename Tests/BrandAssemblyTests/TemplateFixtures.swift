import BrandDiagnostics
@testable import BrandAssembly

/// Bodies, partials and contexts that poke at Mustache's whitespace rules, lookups and section
/// kinds, shared by the rendering and folding tests.
enum TemplateFixtures {
    static let partials = [
        "brand-block": "Brand: {{brand.name}}{{#brand.tagline}} ({{brand.tagline}}){{/brand.tagline}}\nPalette: {{#brand.colors}}{{name}} {{hex}}{{#role}} as {{role}}{{/role}}; {{/brand.colors}}\n",
        "product-line": "Product {{product.title}}\n",
        "colors": "{{#brand.colors}}\n  - {{name}}\n{{/brand.colors}}\n",
        "nested": "Start\n  {{> colors}}\n{{#brand.avoid}}\n{{.}}\n{{/brand.avoid}}\nEnd {{product.id}}\n",
        "crlf": "a\r\n{{#brand.avoid}}{{.}}\r\n{{/brand.avoid}}b\n",
    ]

    static let bodies = [
        "{{#brand.colors}}\n- {{name}}\n{{/brand.colors}}\nTitle {{product.title}}\n",
        "Intro {{product.title}}\n  {{> brand-block}}\nEnd",
        "A {{product.title}}\n{{#brand.colors}}\n{{product.title}} {{name}}\n{{/brand.colors}}\n",
        "{{! a comment }}\r\n{{^brand.tagline}}no tagline{{/brand.tagline}}\r\nX {{image.size}}\r\n",
        "{{product.id}}\n{{#brand.avoid}}\n{{.}}\n{{/brand.avoid}}",
        "{{#brand.missing}}\nnothing\n{{/brand.missing}}\nP {{product.id}}\n",
        "{{=<% %>=}}\n<% brand.name %> <% product.title %>\n",
        "{{#brand.colors}}{{name}}, {{/brand.colors}}\n{{#product.attributes}}\n{{name}}: {{value}}\n{{/product.attributes}}\n",
        "{{> product-line}}\n{{brand.name}}\n",
        "Top {{product.id}}\nColors: {{#brand.colors}}{{name}} {{/brand.colors}}\n{{#brand.tagline}}\n{{/brand.tagline}}\nEnd {{product.id}}\n",
        "{{#brand.colors}}\n{{#role}}{{role}} {{product.id}}{{/role}}\n{{/brand.colors}}\n",
        "Head {{product.id}}\n{{> colors}}\n  {{> colors}}\n{{brand.name}}",
        "{{#brand.photography}}\n{{style}} / {{lighting}}\n{{/brand.photography}}\n{{#references}}{{number}} {{/references}}\n",
        "{{! multi\nline }}{{brand.name}}\n{{product.title}}\n",
        "\nStarts with a blank line {{product.id}}\n",
        "   \n{{product.id}}",
        "{{#product.attributes}}\n  - {{name}}={{value}}\n{{/product.attributes}}\n",
        "  {{#product.attributes}}  \n{{name}}\n  {{/product.attributes}}\t\r\nafter\r\n",
        "x {{#product.attributes}}\n{{name}}\n{{/product.attributes}} y\n",
        "{{^product.attributes}}none{{/product.attributes}}|{{^product.missing}}absent{{/product.missing}}|{{^product.id}}no{{/product.id}}\n",
        "{{#product.title}}T: {{.}} / {{product.id}} / {{title}}{{/product.title}}\n",
        "{{#brand.colors}}{{#brand}}{{name}}{{/brand}}{{/brand.colors}}\n",
        "{{product.title.length}} {{brand.photography.style}} {{{product.title}}} {{& product.id}} {{ product.id }}\n",
        "  {{! indented comment }}  \n  {{! trailing }} text\n",
        "a { b {{product.id}} }} c\n",
        "{{#references}}{{number}}{{^number}}?{{/number}}, {{/references}}end",
        "{{#product.attributes}}{{#name}}[{{.}}]{{/name}}{{/product.attributes}}\n",
        "{{#product}}\n{{id}}\n{{/product}}\n   ",
        "{{#product.attributes}}\u{2028}{{name}}\n{{/product.attributes}}\n",
        "{{#product.attributes}} \n\n{{/product.attributes}}",
        "{{#image}}{{size}}{{/image}} {{#image.size}}{{.}}{{/image.size}}\n",
        "{{product.attributes}}|{{brand.avoid}}|{{brand.colors}}\n",
        "{{#product.attributes}}{{.}}{{/product.attributes}}\n",
        "{{^product.attributes}}{{.}}{{/product.attributes}}\n",
        "{{.product.id}} {{#product}}{{.id}}{{/product}} {{.}}\n",
        "{{> product-line}}",
        "SIZE={{product.attributes.size}} {{#product.attributes.size}}has {{.}}{{/product.attributes.size}}{{^product.attributes.size}}none{{/product.attributes.size}}\n",
        // Partials: standalone with indentation, nested, inside sections, missing, CR LF.
        "  {{> nested}}\nafter\n",
        "{{#brand.colors}}\n    {{> product-line}}\n{{/brand.colors}}\n",
        "\t{{> crlf}}\n{{> missing}}\n  {{> missing}}\nx\n",
        "{{#brand.avoid}}  {{> colors}}  {{/brand.avoid}}\n",
        // Delimiter changes: inside sections (local to them), back again, unusual delimiters.
        "{{#brand.colors}}{{=| |=}}|name| |/brand.colors|{{brand.name}}\n",
        "{{=<% %>=}}\n<%#brand.avoid%>\n<%.%>\n<%/brand.avoid%>\n<%={{ }}=%>\n{{product.id}}\n",
        "{{= [[ ]] =}}[[! c ]][[{brand.name]]}]]\n",
        // Odd corners: a lone brace, a tag at the very end, an empty name, a line break after `{{`.
        "{{", "{{ }}|\n", "a{{\nb}}c\n", "a{{\u{2028}b\n", "{{#product.title}}{{/product.title}}",
        "é{{brand.name}}ñ\n  {{#brand.avoid}}\n\u{301}{{.}}\n  {{/brand.avoid}}\n",
    ]

    /// Bodies the tree leaves to swift-mustache: transforms, an HTML content type, inheritance.
    static let referenceOnly: Set<String> = [
        "{{uppercased(product.title)}}\n",
        "{{% CONTENT_TYPE: HTML}}{{product.title}}\n",
        "{{<brand-block}}{{$x}}y{{/x}}{{/brand-block}}\n",
        "{{>*product.id}}\n",
    ]

    static let brands: [ContextValue] = [
        .map([
            "name": .text("Kumo & <Co>"), "tagline": .text("Tea, slowly."), "avoid": .texts(["clutter", "neon"]),
            "colors": .list([
                .map(["name": .text("Forest"), "hex": .text("#1B3A2D"), "role": .text("primary")]),
                .map(["name": .text("Snow"), "hex": .text("#FAFAF7")]),
            ]),
            "photography": .map(["style": .text("calm"), "lighting": .text("soft")]),
        ]),
        .map(["name": .text("Bare"), "colors": .list([]), "avoid": .list([])]),
    ]

    static let products: [ContextValue] = [
        .map(["id": .text("P1"), "title": .text("Sencha \"tin\""), "description": .text("Loose leaf."),
              "attributes": .namedList([.map(["name": .text("size"), "value": .text("M")])], byName: ["size": .text("M")])]),
        .map(["id": .text("P2"), "attributes": .namedList([], byName: [:])]),
    ]

    /// A request's context around `brand` and `product`.
    static func context(brand: ContextValue, product: ContextValue) -> ContextValue {
        .map([
            "brand": brand, "product": product, "image": .map(["size": .text("2K")]),
            "references": .list([.map(["number": .text("1")]), .map(["number": .text("2")])]),
        ])
    }

    static var contexts: [ContextValue] {
        brands.flatMap { brand in products.map { context(brand: brand, product: $0) } }
    }

    static func renderer() -> TemplateRenderer {
        var renderer = TemplateRenderer()
        var sink = DiagnosticSink()
        for (name, text) in partials.sorted(by: { $0.key < $1.key }) {
            renderer.registerPartial(name, file: SourceFile(path: "\(name).mustache", bytes: Array(text.utf8)), diagnostics: &sink)
        }
        return renderer
    }
}
