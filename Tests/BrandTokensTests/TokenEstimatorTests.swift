import Foundation
import Testing
@testable import BrandTokens

/// The estimator against the exact counts of the corpus (from the sentencepiece goldens, so these
/// tests need no model file), and its rules on small inputs.
@Suite struct TokenEstimatorTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let exact: Int
        let calibratedEstimate: Int
        var testDescription: String { name }
    }

    static let rows: [Row] = {
        let url = TokenizerFixture.fixtures.appendingPathComponent("goldens/estimates.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count == 4, let exact = Int(fields[2]), let estimate = Int(fields[3]) else { return nil }
            return Row(name: String(fields[0]), exact: exact, calibratedEstimate: estimate)
        }
    }()

    @Test func everyCorpusFileHasAnEstimateRow() {
        #expect(Set(Self.rows.map(\.name)) == Set(GoldenIdsTests.corpusNames))
    }

    /// The bound the issue sets: on no script of the corpus does the estimate fall more than 2 %
    /// below the exact count.
    @Test(arguments: rows)
    func neverUndercountsByMoreThanTwoPercent(row: Row) throws {
        let text = try TokenizerFixture.corpusText(row.name)
        let exact = try TokenizerFixture.goldenWholeTextCount(row.name)
        #expect(exact == row.exact, "estimates.tsv is stale; rerun scripts/tokens/calibrate_estimator.py")
        let estimate = TokenEstimator().count(text)
        #expect(Double(estimate) >= 0.98 * Double(exact), "\(row.name): estimate \(estimate), exact \(exact)")
    }

    /// Without the o200k file, OpenAI routes fall back to the scaled estimate: it must not undercount
    /// tiktoken's count of any corpus file either (the counts come from the o200k goldens).
    @Test(arguments: rows)
    func theScaledEstimateCoversO200k(row: Row) throws {
        let golden = try String(
            contentsOf: TokenizerFixture.fixtures.appendingPathComponent("o200k/\(row.name).ids"), encoding: .utf8)
        let lines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let exact = lines.count > 1 ? lines[1].split(separator: " ").count : 0
        let estimate = TokenEstimator.forO200k.count(try TokenizerFixture.corpusText(row.name))
        #expect(Double(estimate) >= 0.98 * Double(exact), "\(row.name): estimate \(estimate), o200k \(exact)")
    }

    /// The Swift estimator computes exactly what the calibration script computed in Python.
    @Test(arguments: rows)
    func agreesWithTheCalibrationScript(row: Row) throws {
        #expect(TokenEstimator().count(try TokenizerFixture.corpusText(row.name)) == row.calibratedEstimate)
    }

    @Test func digitsCostOneTokenEach() {
        #expect(TokenEstimator().count("1234567890") == 10)
    }

    @Test func vowelMarksAddCost() {
        let estimator = TokenEstimator()
        #expect(estimator.count("كُلُّ زُجَاجَةٍ") > estimator.count("كل زجاجة"))
        #expect(estimator.count("בְּרוּכִים") > estimator.count("ברוכים"))
    }

    @Test func unclassifiedScalarsCostTheirUTF8Length() {
        #expect(TokenEstimator().count("𐌀") == 4)
        #expect(TokenEstimator().count("") == 0)
    }

    @Test func aSpaceCostsLessBeforeAWord() {
        let beforeWord = TokenEstimator().cost(of: " a") - TokenEstimator().cost(of: "a")
        let beforeDigit = TokenEstimator().cost(of: " 1") - TokenEstimator().cost(of: "1")
        #expect(beforeWord < beforeDigit)
    }

    @Test func classRangesAreSortedAndDisjoint() {
        for (previous, next) in zip(estimateClassRanges, estimateClassRanges.dropFirst()) {
            #expect(previous.first <= previous.last && previous.last < next.first)
        }
    }
}

extension TokenizerFixture {
    /// The number of ids sentencepiece gave the whole file (the golden's first body line).
    static func goldenWholeTextCount(_ name: String) throws -> Int {
        let golden = try String(contentsOf: fixtures.appendingPathComponent("goldens/\(name).ids"), encoding: .utf8)
        let lines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? lines[1].split(separator: " ").count : 0
    }
}
