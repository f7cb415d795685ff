import BrandText
import Testing

/// Every code point 0…0x10FFFF against the UCD files themselves. Skipped, with the reason in the
/// test name, where the UCD is not installed (scripts/setup.sh installs it in CI).
@Suite("UCD conformance (needs /usr/share/unicode or BRANDC_UCD)", .enabled(if: UCDFiles.isAvailable))
struct UCDConformanceTests {
    static let codePointCount = 0x110000

    /// Fills a per-code-point array from a UCD file: default, then @missing lines, then data.
    func expectedValues<T>(_ file: String, default value: T, _ convert: (String) -> T?) throws -> [T] {
        var values = [T](repeating: value, count: Self.codePointCount)
        let parsed = try UCDFiles.ranges(file)
        for (first, last, fields) in parsed.missing + parsed.data {
            let converted = try #require(convert(fields[0]), "\(file): unknown value \(fields[0])")
            for codePoint in first...last { values[Int(codePoint)] = converted }
        }
        return values
    }

    @Test func scriptOfEveryCodePointMatchesScriptsTxt() throws {
        let expected = try expectedValues("Scripts.txt", default: UnicodeScript.unknown) { UnicodeScript(longName: $0) }
        var mismatches: [String] = []
        for codePoint in 0..<Self.codePointCount {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            if script(of: scalar) != expected[codePoint] {
                mismatches.append(String(codePoint, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    }

    @Test func scriptExtensionsOfEveryCodePointMatchScriptExtensionsTxt() throws {
        var listed = [ScriptSet?](repeating: nil, count: Self.codePointCount)
        for (first, last, fields) in try UCDFiles.ranges("ScriptExtensions.txt").data {
            let scripts = try fields[0].split(separator: " ").map { code in
                try #require(UnicodeScript(isoCode: String(code)), "unknown script code \(code)")
            }
            let set = ScriptSet(scripts)
            for codePoint in first...last { listed[Int(codePoint)] = set }
        }
        var mismatches: [String] = []
        for codePoint in 0..<Self.codePointCount {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            let expected = listed[codePoint] ?? ScriptSet(script(of: scalar))
            if scriptExtensions(of: scalar) != expected {
                mismatches.append(String(codePoint, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
        // U+0964 DEVANAGARI DANDA is Common, used with many Indic scripts.
        let danda = scriptExtensions(of: "\u{0964}")
        #expect(danda.contains(.devanagari) && danda.contains(.bengali) && !danda.contains(.common))
    }

    @Test func bidiClassOfEveryCodePointMatchesDerivedBidiClass() throws {
        let aliases = try UCDFiles.shortNames(of: "bc")
        let byName = Dictionary(uniqueKeysWithValues: BidiClass.allCases.map { ("\($0)", $0) })
        let expected = try expectedValues("extracted/DerivedBidiClass.txt", default: BidiClass.L) { name in
            aliases[name].flatMap { byName[$0] }
        }
        var mismatches: [String] = []
        for codePoint in 0..<Self.codePointCount {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            if bidiClass(of: scalar) != expected[codePoint] {
                mismatches.append(String(codePoint, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
        // Spot checks of @missing defaults a reader can verify in the file's header.
        #expect(expected[0x05FF] == .R && expected[0x07BF] == .AL && expected[0x20CF] == .ET)
    }

    @Test func eastAsianWidthOfEveryCodePointMatchesEastAsianWidthTxt() throws {
        let byShortName: [String: EastAsianWidth] = [
            "N": .neutral, "A": .ambiguous, "H": .halfwidth, "F": .fullwidth, "Na": .narrow, "W": .wide,
        ]
        let expected = try expectedValues("EastAsianWidth.txt", default: EastAsianWidth.neutral) { byShortName[$0] }
        var mismatches: [String] = []
        for codePoint in 0..<Self.codePointCount {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            if eastAsianWidth(of: scalar) != expected[codePoint] {
                mismatches.append(String(codePoint, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    }

    @Test func defaultIgnorableOfEveryCodePointMatchesDerivedCoreProperties() throws {
        var expected = [Bool](repeating: false, count: Self.codePointCount)
        for (first, last, fields) in try UCDFiles.ranges("DerivedCoreProperties.txt").data
        where fields[0] == "Default_Ignorable_Code_Point" {
            for codePoint in first...last { expected[Int(codePoint)] = true }
        }
        var mismatches: [String] = []
        for codePoint in 0..<Self.codePointCount {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            if isDefaultIgnorable(scalar) != expected[codePoint] {
                mismatches.append(String(codePoint, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    }

    @Test func everyScriptValueOfTheUCDIsAnEnumCase() throws {
        let aliases = try UCDFiles.shortNames(of: "sc")
        let shortNames = Set(aliases.values)
        #expect(Set(UnicodeScript.allCases.map(\.isoCode)) == shortNames)
        for script in UnicodeScript.allCases {
            #expect(aliases[script.longName] == script.isoCode)
        }
    }

    @Test func tablesVersionIsTheInstalledUCDVersion() throws {
        let firstLine = try UCDFiles.text("Scripts.txt").prefix { $0 != "\n" }
        #expect(firstLine == "# Scripts-\(UnicodeTablesVersion.ucd).txt")
    }
}
