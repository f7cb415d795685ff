import BrandTestSupport
import Foundation

/// Validates JSON documents against JSON Schema draft 2020-12 files with Python's `jsonschema`
/// (installed by `scripts/setup.sh`), all in one run.
enum JSONSchema2020 {
    static let script = """
        import json, sys
        import jsonschema
        failures = []
        for case in json.load(open(sys.argv[1], encoding="utf-8")):
            schema = json.load(open(case["schema"], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for error in validator.iter_errors(json.loads(case["json"])):
                failures.append(case["name"] + ": /" + "/".join(map(str, error.absolute_path)) + " " + error.message)
        print("\\n".join(failures))
        """

    static let isAvailable = Python.succeeds(["-c", "import jsonschema; jsonschema.Draft202012Validator"])

    /// One line per validation error over all cases (empty when every document is valid).
    static func errors(_ cases: [(schema: URL, name: String, json: String)]) async throws -> [String] {
        let list = cases.map { ["schema": $0.schema.path, "name": $0.name, "json": $0.json] }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-cases-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: list).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await Python.run(["-c", script, file.path])
        guard result.status == 0 else { return ["python3 exited with status \(result.status): \(result.output)"] }
        return result.output.split(separator: "\n").map(String.init)
    }
}
