// brandc-bench: in-process timings the command line cannot isolate (startup and I/O excluded).
//   brandc-bench loader FILE                      YAMLLoader.loadAll over FILE, MB/s
//   brandc-bench tokens FILE SPM_MODEL [O200K]    token counting, one line at a time, MB/s
//   brandc-bench images LABEL TEXT IMAGE...        decode, colours and OCR of each image apart, s/image
// Each prints one line of `name value unit` fields that Benchmarks/run.sh reads.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "loader" where arguments.count == 2:
    LoaderBenchmark.run(path: arguments[arguments.startIndex + 1])
case "tokens" where arguments.count >= 3:
    let rest = Array(arguments.dropFirst())
    TokenBenchmark.run(path: rest[0], sentencePieceModel: rest[1], o200k: rest.count > 2 ? rest[2] : nil)
case "images" where arguments.count >= 4:
    let rest = Array(arguments.dropFirst())
    ImageCheckBenchmark.run(label: rest[0], expected: rest[1], paths: Array(rest.dropFirst(2)))
default:
    FileHandle.standardError.write(Data("usage: brandc-bench loader FILE | tokens FILE SPM_MODEL [O200K] | images LABEL TEXT IMAGE...\n".utf8))
    exit(2)
}
