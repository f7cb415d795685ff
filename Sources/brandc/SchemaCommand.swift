import ArgumentParser
import BrandDriver
import BrandSchema
import Foundation

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of a brand guide, product, brandc.yaml or template front matter.",
        discussion: """
            The schemas are generated from the same key declarations lint uses. Editors that speak JSON Schema \
            (the YAML extension of VS Code, yaml-language-server in Neovim or Zed) pick one up from a first line:
              # yaml-language-server: $schema=../../schema/brand-guide.schema.json
            --write FOLDER writes all four files (brand-guide, product, brandc-config, template-front-matter).
            """)

    @Argument(help: ArgumentHelp("Which schema: brand-guide, product, brandc-config or template-front-matter.", valueName: "kind"))
    var kind: SchemaDocument = .guide

    @Option(help: ArgumentHelp("Write every schema into this folder instead of printing one.", valueName: "folder"))
    var write: String?

    func run() throws {
        let ruleNames = Driver.ruleNames
        guard let write else {
            print(kind.schema(ruleNames: ruleNames).prettyText(), terminator: "")
            return
        }
        try FileManager.default.createDirectory(atPath: write, withIntermediateDirectories: true)
        for document in SchemaDocument.allCases {
            let url = URL(fileURLWithPath: write).appendingPathComponent(document.fileName)
            try Data(document.schema(ruleNames: ruleNames).prettyText().utf8).write(to: url, options: .atomic)
        }
    }
}

extension SchemaDocument: ExpressibleByArgument {}
