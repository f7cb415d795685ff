// BrandText throughput on 1M synthetic product titles in six scripts. Not part of the package:
// scripts/unicode/benchmark.sh compiles it together with Sources/BrandText in release mode.
import Foundation

let samples = [
    "Acme Running Shoes – Men's Size 42, Blue (2024 Edition)",
    "خصم 50% على Acme حذاء رياضي للرجال",
    "東京でラーメンを食べる 限定セット 980円",
    "नमस्ते दुनिया — हिन्दी में उत्पाद विवरण",
    "한국어 쇼핑 특가 👨‍👩‍👧 할인",
    "שָׁלוֹם עולם מחיר 99₪",
]
let titles = (0..<1_000_000).map { samples[$0 % samples.count] + " #\($0)" }
let bytes = titles.reduce(0) { $0 + $1.utf8.count }
func measure(_ name: String, _ body: (String) -> Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    var sink = 0
    for title in titles { sink &+= body(title) }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "%-28@ %6.3f s  %6.1f MB/s  (%d)", name as NSString, seconds, Double(bytes) / seconds / 1e6, sink))
}
print("1M titles, \(bytes) bytes")
measure("ScriptSummary") { ScriptSummary(of: $0).specificScalarCount }
measure("scriptRuns") { scriptRuns(in: $0).count }
measure("DirectionAnalysis") { DirectionAnalysis(of: $0).hasNumbers ? 1 : 0 }
measure("bidiControls") { bidiControls(in: $0).count }
measure("invisibleCharacters") { invisibleCharacters(in: $0).count }
measure("mixedScriptWords") { mixedScriptWords(in: $0).count }
measure("devanagariMarkProblems") { devanagariMarkProblems(in: $0).count }
measure("displayWidth") { displayWidth(of: $0) }
measure("isNFC") { isNFC($0) ? 1 : 0 }
measure("unusualCodePoints") { unusualCodePoints(in: $0).count }
measure("controlCharacters") { controlCharacters(in: $0).count }
measure("strayDirectionalMarks") { strayDirectionalMarks(in: $0).count }
measure("persoArabicLetters") { persoArabicLetters(in: $0).count }
let finder = BrandImitationFinder(brand: "Acme")
measure("BrandImitationFinder") { finder.imitations(in: $0).count }
measure("paragraphDirection") { paragraphDirection(of: $0) == .rightToLeft ? 1 : 0 }
measure("TextLength") { TextLength(of: $0).columns }
measure("Character count") { $0.count }
