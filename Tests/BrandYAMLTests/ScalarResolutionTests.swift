import BrandDiagnostics
import Testing

@testable import BrandYAML

@Suite struct ScalarResolutionTests {
    @Test(arguments: [
        ("~", YAMLValue.null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("0", .int(0)), ("-12", .int(-12)), ("+7", .int(7)), ("0o17", .int(15)), ("0x1F", .int(31)), ("0xff", .int(255)),
        ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("1e3", .float(1000)), ("2.5E-2", .float(0.025)), ("5.", .float(5)),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("nULL", .string("nULL")),
        ("tRUE", .string("tRUE")), ("0o18", .string("0o18")), ("0xG", .string("0xG")), ("1_000", .string("1_000")),
        ("1.2.3", .string("1.2.3")), ("--", .string("--")), (".", .string(".")), ("e5", .string("e5")),
        ("12:30", .string("12:30")), ("-0x1", .string("-0x1")), ("+.nan", .string("+.nan")),
    ])
    func plainScalarsResolveByCoreSchema(text: String, expected: YAMLValue) {
        let result = load("k: \(text)\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.root?["k"]?.value == expected)
    }

    @Test func nanResolves() {
        for text in [".nan", ".NaN", ".NAN"] {
            guard case .float(let double) = load("k: \(text)").root?["k"]?.value else {
                Issue.record("\(text) is not a float")
                continue
            }
            #expect(double.isNaN)
        }
    }

    @Test func hugeDecimalBecomesFloat() {
        #expect(load("k: 123456789012345678901234567890").root?["k"]?.value == .float(123456789012345678901234567890.0))
    }

    @Test func quotedAndBlockScalarsStayStrings() {
        let root = load("a: 'true'\nb: \"12\"\nc: |\n  null\nd: >\n  yes\ne: \"yes\"\n").root
        #expect(root?["a"]?.value == .string("true"))
        #expect(root?["a"]?.scalar?.style == .singleQuoted)
        #expect(root?["b"]?.value == .string("12"))
        #expect(root?["b"]?.scalar?.style == .doubleQuoted)
        #expect(root?["c"]?.value == .string("null\n"))
        #expect(root?["c"]?.scalar?.style == .literal)
        #expect(root?["d"]?.value == .string("yes\n"))
        #expect(root?["d"]?.scalar?.style == .folded)
        #expect(root?["e"]?.value == .string("yes"))
    }

    @Test func explicitTagsAreHonoured() {
        let root = load("a: !!str 12\nb: !!int '12'\nc: !!float 3\nd: !!bool \"true\"\ne: !!null ''\nf: !custom 5\ng: ! 7\n").root
        #expect(root?["a"]?.value == .string("12"))
        #expect(root?["a"]?.tag == "!!str")
        #expect(root?["b"]?.value == .int(12))
        #expect(root?["c"]?.value == .float(3))
        #expect(root?["d"]?.value == .bool(true))
        #expect(root?["e"]?.value == .null)
        #expect(root?["f"]?.value == .string("5"))
        #expect(root?["f"]?.tag == "!custom")
        #expect(root?["g"]?.value == .string("7"))
    }

    @Test func badlyTaggedValueIsReportedAtTheScalar() {
        let result = load("a: 1\nb: !!int twelve\n")
        #expect(result.codes == ["Y012"])
        #expect(result.position(of: .yamlInvalidTaggedValue) == "2:4")
        #expect(result.root?["b"]?.value == .string("twelve"))
    }
}
