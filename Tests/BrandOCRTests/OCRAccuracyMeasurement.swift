import BrandOCR
import Foundation
import Testing

/// The accuracy table in docs/ocr-accuracy.md: every phrase of Tests/Fixtures/ocr/corpus.tsv rendered
/// correctly (black on white, and white on dark) and with its one-grapheme defect, read back.
/// Slow (several hundred readings), so it runs only from scripts/ocr/measure-accuracy.sh.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["BRANDC_OCR_ACCURACY"] == "1",
                "set BRANDC_OCR_ACCURACY=1 (scripts/ocr/measure-accuracy.sh) to measure OCR accuracy"))
struct OCRAccuracyMeasurement {
    struct Tally {
        var correct = 0, exact = 0, falseAlarms = 0, defects = 0, caught = 0, notes = 0
    }

    @Test func measure() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/ocr/corpus.tsv").standardized
        let rows = try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }.filter { $0.count == 3 }
        let engine = OCREngine()
        var tallies: [String: Tally] = [:]
        var order: [String] = []
        for row in rows {
            let (script, copy, defect) = (row[0], row[1], row[2])
            if tallies[script] == nil { order.append(script) }
            var tally = tallies[script] ?? Tally()
            let expected = ExpectedText(text: copy, script: script, isRightToLeft: script == "Arab" || script == "Hebr")
            let styles = [RenderedText.Style(), RenderedText.Style(size: 40, foreground: "#FFFFFF", background: "#20243A")]
            for style in styles {
                let result = TextReadback.read(try RenderedText.bitmap(copy, script: script, style: style), expecting: [expected], engine: engine).results[0]
                tally.correct += 1
                switch result.outcome {
                case .exact: tally.exact += 1
                case .differs, .missing:
                    tally.falseAlarms += 1
                    print("DETAIL|false alarm|\(script)|\(style.background)|\(copy)|\(result.outcome)")
                default: tally.notes += 1
                }
            }
            let result = TextReadback.read(try RenderedText.bitmap(defect, script: script), expecting: [expected], engine: engine).results[0]
            tally.defects += 1
            if case .differs = result.outcome {
                tally.caught += 1
            } else {
                print("DETAIL|missed|\(script)|\(defect)|\(result.outcome)")
            }
            tallies[script] = tally
        }
        print("ACCURACY|| Script | Correct renders read back exactly | False alarms (error on a correct render) | Notes instead of a verdict | One-grapheme defects caught |")
        print("ACCURACY||---|---|---|---|---|")
        for script in order {
            guard let tally = tallies[script] else { continue }
            func share(_ part: Int, _ whole: Int) -> String { "\(part)/\(whole) (\(Int((100 * Double(part) / Double(max(whole, 1))).rounded())) %)" }
            print("ACCURACY|| \(script) | \(share(tally.exact, tally.correct)) | \(share(tally.falseAlarms, tally.correct)) | \(share(tally.notes, tally.correct)) | \(share(tally.caught, tally.defects)) |")
        }
    }
}
