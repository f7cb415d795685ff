import BrandDiagnostics
import BrandYAML
import Foundation

/// Times `YAMLLoader.loadAll` (encoding check, libyaml events, node tree) over a file already in
/// memory; the line table `SourceFile` builds is timed apart, as brandc builds it once per file.
enum LoaderBenchmark {
    static func run(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(2)
        }
        let bytes = [UInt8](data)
        let (file, lineTable) = Stopwatch.seconds { SourceFile(path: path, bytes: bytes) }
        var sink = DiagnosticSink()
        let (documents, loading) = Stopwatch.seconds { YAMLLoader().loadAll(file, diagnostics: &sink) }
        let megabytes = Double(bytes.count) / 1e6
        print(String(
            format: "loader %.1f MB/s load %.3f s line-table %.3f s documents %d diagnostics %d",
            megabytes / loading, loading, lineTable, documents.count, sink.diagnostics.count))
    }
}
