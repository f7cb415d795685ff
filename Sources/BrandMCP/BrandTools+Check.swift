import BrandDiagnostics
import BrandDriver
import MCP

extension BrandTools {
    /// `check`: a build folder's images, or one image against a guide, template and product, as
    /// `brandc check` does (the same driver calls). A folder's findings also go to its `check.json`.
    func check(_ arguments: [String: Value]?) async throws -> ToolOutput {
        let args = try ToolArguments(arguments, known: ["folder", "image", "brand", "template", "products", "locale", "route"])
        let folder = try args.string("folder").map(workspace.resolve)
        let image = try args.string("image").map(workspace.resolve)
        let report: CheckReport
        switch (folder, image) {
        case (let folder?, nil):
            report = await driver.checkFolder(folder)
        case (nil, let image?):
            report = await driver.checkImage(image, job: try job(args, out: CompileJob.standardOutput))
        default:
            throw ToolArguments.Problem(description: "give either 'folder' (a build folder) or 'image' with 'brand', 'template' and 'products'")
        }
        let images: [Value] = report.images.map { checked in
            .object([
                "key": .string(checked.key), "image": .string(workspace.relative(checked.imagePath)),
                "errors": .int(checked.diagnostics.filter { $0.severity == .error }.count),
                "warnings": .int(checked.diagnostics.filter { $0.severity == .warning }.count),
            ])
        }
        let failing = report.images.filter { $0.diagnostics.contains { $0.severity == .error } }.count
        return self.report(
            report.diagnostics, extra: ["images": .array(images)],
            summary: "checked \(report.images.count) image(s), \(failing) with errors")
    }
}
