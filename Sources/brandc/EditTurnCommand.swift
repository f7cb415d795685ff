import ArgumentParser
import BrandDiagnostics
import BrandEdit
import BrandNetwork
import Foundation

struct EditTurnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turn",
        abstract: "Send one edit instruction to the session's route; resumable.",
        discussion: """
            The instruction may use the session's brand guide references, e.g. {colors.rice-paper} or {locales.ko.copy.headline}. The turn is checked against the route's input window first (Gemini resends the whole conversation each turn) and refused past it, with the fix: 'brandc edit fork'. --route switches route for this turn and the next; a different model starts a new conversation with the last image as a plain reference. A run stopped mid-turn (even by kill -9) is finished by the same command or --resume, without paying twice for an answer that had landed. The API key is read from the route's variable and never printed or stored.

            Exit status: 0 when the turn finished, 1 when it was refused or failed, 2 for a usage or I/O problem.
            """)

    @Argument(help: "The session (a folder, or a name inside --sessions).") var session: String
    @Argument(help: "The edit instruction.") var instruction: String?
    @Flag(help: "Finish the turn a stopped run left unfinished.") var resume = false
    @Option(help: ArgumentHelp("Send this turn (and the next) to another route.", valueName: "name")) var route: String?
    @Option(help: ArgumentHelp("OpenAI routes: a PNG the size of the current image; transparent pixels mark the area to edit.", valueName: "png")) var mask: String?
    @Option(name: .customLong("add-image"), help: ArgumentHelp("OpenAI routes: another input image; repeat for several (16 in all).", valueName: "file")) var addImage: [String] = []
    @OptionGroup var network: EditNetworkOptionGroup
    @OptionGroup var where_: EditSessionsOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard resume != (instruction != nil) else { throw ValidationError("give an instruction, or --resume") }
    }

    func run() async throws {
        let (driver, problems) = global.makeDriver()
        let folder = where_.folder(session)
        let request = EditSessions.TurnRequest(
            instruction: instruction, route: route, mask: mask.map { URL(fileURLWithPath: $0) },
            extraImages: addImage.map { URL(fileURLWithPath: $0) })
        let (registry, networkOptions) = (driver.registry, network.options)
        let result = await outcome { () async throws -> (EditSessions.TurnOutcome, [Diagnostic]) in
            let transport = HTTPTransport(connectTimeout: 10, connectionsPerHost: 1)
            var sessions = EditSessions(registry: registry, transport: transport)
            sessions.network = networkOptions
            var sink = DiagnosticSink()
            do {
                let outcome = try await sessions.turn(folder, request, diagnostics: &sink)
                await transport.shutdown()
                return (outcome, sink.diagnostics)
            } catch {
                await transport.shutdown()
                EditConsole.emit(sink.diagnostics)
                throw error
            }
        }
        switch result {
        case .failure(let failure as EditFailure):
            EditConsole.emit(problems)
            throw EditConsole.fail(failure, session: folder)
        case .failure(let error):
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        case .success(let (outcome, diagnostics)):
            EditConsole.emit(problems + diagnostics)
            switch outcome {
            case .finished(let turn, let resumed, let sent):
                if resumed { print(sent ? "resumed turn \(turn.number): sent again" : "resumed turn \(turn.number): its answer had landed; nothing sent") }
                print(EditConsole.describe(turn), terminator: "")
            case .failed(let turn, let reason):
                FileHandle.standardError.write(Data("turn \(turn.number) failed: \(reason)\n  the same command (or --resume) sends it again\n".utf8))
                throw ExitCode(1)
            case .refused:
                throw ExitCode(1)
            }
        }
    }
}
