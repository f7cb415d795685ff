public import MCP

/// The tools `brandc mcp` offers, with JSON Schemas for their inputs.
public enum ToolCatalog {
    static func schema(_ properties: [String: Value], required: [String] = []) -> Value {
        .object([
            "type": .string("object"), "properties": .object(properties),
            "required": .array(required.map(Value.string)), "additionalProperties": .bool(false),
        ])
    }

    static func text(_ description: String) -> Value {
        .object(["type": .string("string"), "description": .string(description)])
    }

    static func texts(_ description: String) -> Value {
        .object(["type": .string("array"), "items": .object(["type": .string("string")]), "description": .string(description)])
    }

    static let job: [String: Value] = [
        "brand": text("The brand guide, relative to the working folder (brands/kumo/brand.yaml)."),
        "template": text("The .mustache prompt template."),
        "products": texts("Product files to compile one request each for; none compiles the brand alone."),
        "locale": text("A BCP 47 locale of the guide (ja, ar, pt-BR)."),
        "route": text("A registry route overriding the template's target."),
    ]

    static let readOnly = Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)

    public static let tools: [Tool] = [
        Tool(name: "lint", description: "Check brand guides, products, templates and brandc.yaml exactly as `brandc lint` does. Returns every diagnostic with its code, location and fix. Give `text` to check unsaved content as the file at `paths[0]`.",
             inputSchema: schema([
                "paths": texts("Files or folders, relative to the working folder (default: the whole folder)."),
                "brand": text("The guide products and templates are checked against."),
                "text": text("Content to lint in place of the single file in `paths` (not written to disk)."),
             ]), annotations: readOnly),
        Tool(name: "compile", description: "Compile a brand guide + template (+ products) into provider request JSON, as `brandc compile` does. Returns the requests; with `out`, writes them into that folder inside the working folder instead.",
             inputSchema: schema(job.merging([
                "target": text("The wire format, e.g. gemini or openai-images (default: the route's)."),
                "out": text("A folder inside the working folder to write the requests to."),
             ]) { a, _ in a }, required: ["brand", "template"])),
        Tool(name: "budget", description: "The token budget of each request (sections, kept and dropped parts, the window), as `brandc budget --format json`.",
             inputSchema: schema(job, required: ["brand", "template"]), annotations: readOnly),
        Tool(name: "tokens", description: "Count tokens of texts or files with the tokenizer of a route's or model's family.",
             inputSchema: schema([
                "texts": texts("Texts to count."), "files": texts("Files to count."),
                "route": text("A registry route."), "model": text("A registry model."),
             ]), annotations: readOnly),
        Tool(name: "route", description: "Which registry route a template (or a workload) compiles for, and why.",
             inputSchema: schema(["template": text("A .mustache template."), "workload": text("A workload name.")]), annotations: readOnly),
        Tool(name: "explain", description: "What a diagnostic code means (M002 or unknown-key); without a code, every code.",
             inputSchema: schema(["code": text("A code id or rule name.")]), annotations: readOnly),
        Tool(name: "models", description: "The model registry: models, routes, limits and prices.",
             inputSchema: schema([:]), annotations: readOnly),
        Tool(name: "check", description: "Check generated images as `brandc check` does: the text read back (Tesseract) against each text block, the colours against the palette, the size and type. Give `folder` (a folder `brandc build` wrote; its check.json is updated) or `image` with `brand`, `template` and `products`.",
             inputSchema: schema(job.merging([
                "folder": text("A build folder inside the working folder."),
                "image": text("One image file inside the working folder, checked against the request brand + template + products compile to."),
             ]) { a, _ in a })),
    ]
}
