// The loader's side of the benchmark: read the file, build the line table, load every document.
import BrandDiagnostics
import BrandYAML
import Foundation

guard CommandLine.arguments.count > 1, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    print("usage: yaml-bench FILE")
    exit(2)
}
let bytes = [UInt8](data)
let clock = ContinuousClock()
var file: SourceFile?
let lineTable = clock.measure { file = SourceFile(path: CommandLine.arguments[1], bytes: bytes) }
var sink = DiagnosticSink()
var documents: [YAMLDocument] = []
let loading = clock.measure { documents = YAMLLoader().loadAll(file!, diagnostics: &sink) }
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
let megabytes = Double(bytes.count) / 1e6
print(String(format: "Swift loader: %d documents, %d diagnostics, line table %.3f s, load %.3f s, %.1f MB/s (%.1f MB/s with line table)",
    documents.count, sink.diagnostics.count, seconds(lineTable), seconds(loading), megabytes / seconds(loading),
    megabytes / (seconds(loading) + seconds(lineTable))))
