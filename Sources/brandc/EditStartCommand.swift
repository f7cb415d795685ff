import ArgumentParser
import BrandDiagnostics
import BrandEdit
import Foundation

struct EditStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start an edit session from an image file or a build output; sends nothing.",
        discussion: "Give --image FILE, or --build DIR with --key KEY (an output name recorded in DIR/journal.jsonl, e.g. 'sencha-tin.campaign-hero.ja'). The image is copied into the session folder. The route is --route, else the registry's 'edit' workload (see 'brandc route --workload edit').")

    @Argument(help: "The new session (a folder, or a name inside --sessions).") var session: String
    @Option(help: ArgumentHelp("The image to edit.", valueName: "file")) var image: String?
    @Option(help: ArgumentHelp("A 'brandc build' output folder to take the image from (with --key).", valueName: "dir")) var build: String?
    @Option(help: ArgumentHelp("The build output's key (its output name).", valueName: "key")) var key: String?
    @Option(help: ArgumentHelp("The route turns go to (default: the registry's edit workload).", valueName: "name")) var route: String?
    @Option(help: ArgumentHelp("A brand guide whose {path} references instructions may use.", valueName: "path")) var brand: String?
    @Option(name: .customLong("aspect-ratio"), help: ArgumentHelp("Gemini routes: the imageConfig aspect ratio of every turn.", valueName: "W:H")) var aspectRatio: String?
    @Option(name: .customLong("image-size"), help: ArgumentHelp("Gemini routes: 512, 1K, 2K or 4K.", valueName: "size")) var imageSize: String?
    @Option(help: ArgumentHelp("OpenAI routes: auto, 1024x1024, 1536x1024 or 1024x1536.", valueName: "WxH")) var size: String?
    @Option(help: ArgumentHelp("OpenAI routes: low, medium, high or auto.", valueName: "q")) var quality: String?
    @Option(name: .customLong("input-fidelity"), help: ArgumentHelp("OpenAI routes: high or low.", valueName: "f")) var inputFidelity: String?
    @Option(name: .customLong("output-format"), help: ArgumentHelp("OpenAI routes: png, jpeg or webp.", valueName: "fmt")) var outputFormat: String?
    @Option(help: ArgumentHelp("OpenAI routes: transparent, opaque or auto.", valueName: "b")) var background: String?
    @OptionGroup var where_: EditSessionsOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (image == nil) != (build == nil) else { throw ValidationError("give --image FILE or --build DIR --key KEY") }
        if build != nil, key == nil { throw ValidationError("--build needs --key") }
    }

    func run() throws {
        let (driver, problems) = global.makeDriver()
        let folder = where_.folder(session)
        var options = EditSessions.StartOptions(brand: brand, aspectRatio: aspectRatio, imageSize: imageSize)
        options.openAI = OpenAIEditOptions(size: size, quality: quality, inputFidelity: inputFidelity, outputFormat: outputFormat,
                                           background: background)
        let source: EditSessions.Source = image.map { .file(URL(fileURLWithPath: $0)) }
            ?? .buildOutput(folder: URL(fileURLWithPath: build ?? "."), key: key ?? "")
        var sink = DiagnosticSink()
        do {
            let manifest = try EditSessions(registry: driver.registry, transport: NoTransport())
                .start(folder, source: source, route: route, options: options, diagnostics: &sink)
            EditConsole.emit(problems + sink.diagnostics)
            print("started \(folder.path): route \(manifest.route), source \(manifest.source.file) from \(manifest.source.origin)")
        } catch let failure as EditFailure {
            EditConsole.emit(problems + sink.diagnostics)
            throw EditConsole.fail(failure, session: folder)
        }
    }
}
