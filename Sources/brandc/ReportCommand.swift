import ArgumentParser
import BrandDriver
import BrandReport
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML contact sheet of a build folder: every image beside what was asked for.",
        discussion: """
            One card per request: product, locale, template, route, thumbnail, status, cost and tokens, and (when the compile inputs the build was made from are given, e.g. --brand … --template … --product …) the rendered prompt, the text blocks set in their own script, direction and brand font, the token budget and a link to the request body. Image check results (check.json from 'brandc check') are shown when the folder has them. Cards are filtered and grouped by locale, template, route, status and finding, 60 to a page.

            The page works offline (no fonts, scripts or styles from anywhere), and the same folder always gives the same bytes. Thumbnails are made once in process (PNG, JPEG, WebP) into thumbs/ beside the page and reused; with --no-thumbnails cards show the full image, loaded lazily. See docs/report.md.
            """)

    @Argument(help: ArgumentHelp("The build folder (brandc build --out).", valueName: "out-dir"))
    var buildFolder: String

    @Option(name: .customLong("out"), help: ArgumentHelp(
        "The report file (.html), or a folder to write index.html in (default OUT-DIR/report/index.html).", valueName: "file|dir"))
    var output: String?

    @Flag(help: "Make no thumbnails; cards show the full images.")
    var noThumbnails = false

    @Option(help: ArgumentHelp("The page's title.", valueName: "text"))
    var title: String?

    @OptionGroup var inputs: ReportInputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: buildFolder, isDirectory: &isFolder), isFolder.boolValue else {
            FileHandle.standardError.write(Data("brandc report: '\(buildFolder)' is not a folder\n".utf8))
            throw ExitCode(2)
        }
        let (driver, configProblems) = global.makeDriver()
        var job = ReportJob(buildFolder: buildFolder, reportFile: output.map(Self.reportFile),
                            compiles: inputs.jobs(outputDirectory: buildFolder),
                            thumbnailer: noThumbnails ? nil : ImageThumbnailer())
        job.title = title
        let outcome: ReportOutcome
        do {
            outcome = try driver.report(job)
        } catch {
            FileHandle.standardError.write(Data("brandc report: \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        let diagnostics = configProblems + outcome.diagnostics
        let output = DiagnosticOutput(format: .human)
        if !diagnostics.isEmpty { output.emit(diagnostics, to: .standardError) }
        for problem in outcome.problems { FileHandle.standardError.write(Data("brandc report: \(problem)\n".utf8)) }
        print(outcome.file)
        throw output.exitCode(for: diagnostics)
    }

    /// `--out`: a `.html`/`.htm` path is the file; anything else is a folder for `index.html`.
    static func reportFile(_ path: String) -> String {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? path : path + "/index.html"
    }
}
