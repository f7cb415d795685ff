import ArgumentParser
import BrandDriver
import Foundation

struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Explain which route a template or a kind of work goes to, and why.",
        discussion: "With --template: the route its requests go to and the reason (route:, route: auto with workload:, or target:). With --workload: the route the registry recommends for that kind of work. With neither: every workload. Workloads such as audio, video or live interaction have no image route, and brandc says so.")

    @Option(help: ArgumentHelp("A template to explain.", valueName: "path"))
    var template: String?

    @Option(help: ArgumentHelp("A workload from the registry (product-shot, text-heavy, complex-edit…).", valueName: "name"))
    var workload: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if template != nil, workload != nil { throw ValidationError("give --template or --workload, not both") }
    }

    func run() throws {
        let (driver, problems) = global.makeDriver()
        let result = driver.explainRoutes(template: template, workload: workload)
        let diagnostics = problems + result.diagnostics
        let output = DiagnosticOutput()
        if !diagnostics.isEmpty { output.emit(diagnostics, to: .standardError) }
        print(result.text, terminator: "")
        throw output.exitCode(for: diagnostics)
    }
}
