import BrandTokens
import Foundation

/// Token counting throughput on multilingual text, one line at a time (as the Python baselines
/// batch-encode lines): the estimator, the exact SentencePiece encoder and o200k.
enum TokenBenchmark {
    static func run(path: String, sentencePieceModel: String, o200k: String?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(2)
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let megabytes = Double(data.count) / 1e6
        var counters: [(String, any TokenCounter)] = [("estimator", TokenEstimator())]
        do {
            counters.append(("sentencepiece", SentencePieceEncoder(model: try SentencePieceModel(contentsOf: sentencePieceModel))))
            if let o200k { counters.append(("o200k", try O200kEncoder(contentsOf: o200k))) }
        } catch {
            FileHandle.standardError.write(Data("cannot load a vocabulary: \(error)\n".utf8))
        }
        for (name, counter) in counters {
            let (tokens, seconds) = Stopwatch.seconds { lines.reduce(0) { $0 + counter.count($1) } }
            print(String(format: "%@ %.2f MB/s tokens %d", name, megabytes / seconds, tokens))
        }
    }
}
