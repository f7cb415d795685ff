import Foundation

/// Validates JSON against a JSON schema (draft 7) with Python's `jsonschema` (installed by `scripts/setup.sh`).
public enum SchemaValidator {
    static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        # A schema that keeps its root under definitions/Root and has no top-level constraints would
        # accept anything as it stands, so validate against that root explicitly.
        if not any(key in schema for key in ("$ref", "type", "properties")) and "Root" in schema.get("definitions", {}):
            schema = {"$ref": "#/definitions/Root", "definitions": schema["definitions"]}
        validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("/".join(map(str, error.absolute_path)), error.message)
        sys.exit(1 if errors else 0)
        """

    /// Whether `python3` with `jsonschema` can be run here.
    public static let isAvailable = Python.succeeds(["-c", "import jsonschema"])

    /// The validation errors (empty when valid).
    public static func errors(validating json: String, against schema: URL) async throws -> [String] {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("brandc-schema-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await Python.run(["-c", script, schema.path, file.path])
        if result.status == 0 { return [] }
        let lines = result.output.split(separator: "\n").map(String.init)
        return lines.isEmpty ? ["python3 exited with status \(result.status)"] : lines
    }
}
