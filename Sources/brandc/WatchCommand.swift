import ArgumentParser
import BrandDriver
import BrandPreview
import Foundation

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Recompile on every save and show the result live on a local page.",
        discussion: """
            Compiles like 'brandc compile' (same inputs, same driver), then watches every file the compile read (the brand guide and the guides it extends, the template and its partials/ folder, the products or the feed, referenced images) with inotify and recompiles 50 ms after the last save, editors' rename-over saves included. The page at http://127.0.0.1:PORT/ (printed on standard output) updates itself through server-sent events: the diagnostics, and for each request its rendered prompt, text blocks, budget per section and request JSON. A save with errors shows its diagnostics and keeps the last good preview. Only 127.0.0.1 is bound; requests naming another host are refused. Stop with Ctrl-C. See docs/report.md.
            """)

    @OptionGroup var inputs: JobInputOptions

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
    var port = 0

    @Option(help: ArgumentHelp("Seconds of quiet after a save before recompiling.", valueName: "s"))
    var debounce = 0.05

    @Option(help: ArgumentHelp(
        "Recompile N times, print the median and fastest milliseconds, and exit (no server): the benchmark.",
        valueName: "N"))
    var measure: Int?

    @OptionGroup var budget: BudgetOptionGroup
    @OptionGroup var global: GlobalOptions

    func run() throws {
        var (driver, configProblems) = global.makeDriver()
        budget.apply(to: &driver)
        let job = inputs.job(outputDirectory: CompileJob.standardOutput)
        if let measure { return Self.measure(driver, job, times: max(1, measure)) }
        #if canImport(Glibc)
        TerminationSignals.unblock()
        let server: PreviewServer
        let watcher: FileWatcher
        do {
            server = try PreviewServer(port: port)
            watcher = try FileWatcher()
        } catch {
            FileHandle.standardError.write(Data("brandc watch: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var state = PreviewState()
        func recompile() {
            let started = DispatchTime.now().uptimeNanoseconds
            let result = driver.preview(job)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            watcher.watch(files: result.readFiles, folders: result.folders)
            state = state.next(ok: !result.hasErrors, diagnostics: Driver.previewDiagnostics(configProblems + result.diagnostics),
                               prompts: result.prompts, watching: result.readFiles, milliseconds: milliseconds)
            server.publish(state)
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data(String(
                format: "brandc watch: compiled in %.1f ms, %ld request(s), %ld error(s)\n", milliseconds, result.prompts.count, errors).utf8))
        }
        recompile()
        print(server.url)
        fflush(nil)
        watcher.run(debounce: debounce) { changed in
            FileHandle.standardError.write(Data("brandc watch: changed \(changed.joined(separator: ", "))\n".utf8))
            recompile()
        }
        server.stop()
        #else
        FileHandle.standardError.write(Data("brandc watch needs inotify (Linux)\n".utf8))
        throw ExitCode(2)
        #endif
    }

    static func measure(_ driver: Driver, _ job: CompileJob, times: Int) {
        var samples: [Double] = []
        var prompts = 0
        for _ in 0..<times {
            let started = DispatchTime.now().uptimeNanoseconds
            prompts = driver.preview(job).prompts.count
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
        }
        samples.sort()
        print(String(format: "recompile: %ld request(s), median %.2f ms, fastest %.2f ms over %ld run(s)",
                     prompts, samples[samples.count / 2], samples[0], times))
    }
}
