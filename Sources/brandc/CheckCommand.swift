import ArgumentParser
import BrandDriver
import BrandReporters
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check generated images: in-image text read back by OCR, brand colours, size and type.",
        discussion: """
            brandc check OUT_DIR checks every image a 'brandc build' saved in OUT_DIR against its own request: the build folder's build-inputs.json and journal tie each image to its product, template, locale and text blocks, which are compiled again. The findings are printed like lint's and written to OUT_DIR/check.json.

            brandc check IMAGE --brand B --template T --product P [--locale L] checks one image file against the request those inputs compile to.

            Text is read with Tesseract (Debian's tesseract-ocr packages; a missing language is a note naming its package) and compared exactly, grapheme by grapheme: exact text matters more than where it is placed, which is not checked. Colours are compared with the guide's palette in CIELAB (CIEDE2000). Thresholds go in brandc.yaml under 'check:'; levels under 'rules:'. 'brandc explain V011' describes a code. See docs/image-checks.md.

            Exit status: 0 when no error was found (no warning either, with --strict), 1 otherwise, 2 for a usage or I/O problem.
            """)

    @Argument(help: ArgumentHelp("A build folder, or one image file (then give --brand, --template and --product).", valueName: "path"))
    var path: String

    @Option(help: ArgumentHelp("With an image: the brand guide it was made for.", valueName: "path"))
    var brand: String?

    @Option(help: ArgumentHelp("With an image: the template it was made from.", valueName: "path"))
    var template: String?

    @Option(help: ArgumentHelp("With an image: the product file it shows.", valueName: "path"))
    var product: String?

    @Option(help: ArgumentHelp("With an image: the BCP 47 locale of its copy.", valueName: "tag"))
    var locale: String?

    @Option(help: "Output format: human, json, sarif (SARIF 2.1.0) or github (Actions annotations).")
    var format: DiagnosticFormat = .human

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: ArgumentHelp("Images checked at once (default: the processor count).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var global: GlobalOptions

    var isFolder: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard FileManager.default.fileExists(atPath: path) else { throw ValidationError("'\(path)' does not exist") }
        if isFolder {
            if brand != nil || template != nil || product != nil || locale != nil {
                throw ValidationError("a build folder knows its inputs; --brand, --template, --product and --locale are for one image")
            }
        } else if brand == nil || template == nil || product == nil {
            throw ValidationError("checking one image needs --brand, --template and --product (or give a build folder)")
        } else if !LocaleSelection(locale).isSingle {
            throw ValidationError("one image has one locale: give --locale one tag, not a list or 'all'")
        }
    }

    func run() async throws {
        let (driver, configProblems) = global.makeDriver()
        let (path, folder, workers) = (path, isFolder, jobs)
        var job = CompileJob(brand: brand ?? "", template: template ?? "", products: product.map { [$0] } ?? [],
                             locale: locale, outputDirectory: CompileJob.standardOutput)
        job.collectsBudgets = false
        let frozenJob = job
        let result = await outcome {
            folder ? await driver.checkFolder(path, workers: workers) : await driver.checkImage(path, job: frozenJob)
        }
        guard case .success(let report) = result else { throw ExitCode(2) }
        let diagnostics = configProblems + report.diagnostics
        let output = DiagnosticOutput(format: format, strict: strict)
        output.emit(diagnostics, to: .standardOutput)
        if format == .human {
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            StandardStream.write("checked \(report.images.count) image(s): \(errors) error(s), \(warnings) warning(s)\n", to: .standardError)
        }
        throw output.exitCode(for: diagnostics)
    }
}
