import ArgumentParser
import BrandDriver
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Describe a diagnostic code, or list them all.")

    @Argument(help: ArgumentHelp("A code (M002) or rule name (unknown-key); omit to list every code.", valueName: "code"))
    var code: String?

    func run() throws {
        let codes = Driver.allCodes
        guard let code else {
            for entry in codes {
                print("\(entry.id.padding(toLength: 6, withPad: " ", startingAt: 0)) \(entry.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(entry.name): \(entry.summary)")
            }
            return
        }
        guard let entry = codes.first(where: { $0.id.caseInsensitiveCompare(code) == .orderedSame || $0.name == code })
        else {
            FileHandle.standardError.write(Data("error: no diagnostic code '\(code)'; run 'brandc explain' for the list\n".utf8))
            throw ExitCode(2)
        }
        print("\(entry.id) \(entry.name) (\(entry.defaultSeverity.rawValue) by default)\n\(entry.summary)")
        if let more = Driver.explanation(of: entry) { print("\n" + more) }
    }
}
