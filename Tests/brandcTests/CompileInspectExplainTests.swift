import BrandDriver
import Foundation
import Testing

/// `brandc compile`, `inspect` and `explain` as a user runs them.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct CompileInspectExplainTests {
    /// Writes the requests, prints their paths, and writes exactly the driver tests' golden bytes.
    @Test func compileWritesRequestsAndPrintsTheirPaths() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run([
            "compile", "--brand", "brands/northwind/brand.yaml", "--template", "templates/product-on-white.mustache",
            "--product", "products/northwind/merino-beanie.yaml", "--product", "products/northwind/trail-jacket.yaml",
            "--locale", "en", "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let paths = result.stdout.split(separator: "\n").map(String.init)
        #expect(paths.count == 2)
        for path in paths {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let golden = BrandcProcess.packageRoot.appendingPathComponent("Tests/Fixtures/golden/requests/\(name)")
            #expect(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: golden.path),
                    "\(name) differs from its golden request")
        }
    }

    /// `--out DIR/` prints `DIR/NAME`, never `DIR//NAME`.
    @Test func aTrailingSlashOnOutGivesNoDoubleSlash() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run([
            "compile", "--brand", "brands/northwind/brand.yaml", "--template", "templates/product-on-white.mustache",
            "--product", "products/northwind/merino-beanie.yaml", "--locale", "en", "--out", out.path + "/",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(out.path + "/NW-"), "\(result.stdout)")
        #expect(!result.stdout.contains("//"), "\(result.stdout)")
    }

    @Test func compileErrorsGoToStandardErrorAndExitOne() async throws {
        let result = try await BrandcProcess.run([
            "compile", "--brand", "brands/kumo/brand.yaml", "--template", "templates/campaign-hero.mustache",
            "--locale", "fr", "--out", "/tmp/brandc-never-written",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error[A002]"))
    }

    @Test func inspectPrintsCoreSchemaJSON() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("small.yaml")
        try Data("name: Kumo\non: yes\nmask: 0x1F\nnothing: ~\nlist: &l [a, b]\ncopy: *l\n".utf8).write(to: file)
        let result = try await BrandcProcess.run(["inspect", "--json", file.path])
        #expect(result.status == 0)
        #expect(result.stdout == #"{"name":"Kumo","on":"yes","mask":31,"nothing":null,"list":["a","b"],"copy":["a","b"]}"# + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func inspectOfInvalidYAMLReportsOnStandardError() async throws {
        let result = try await BrandcProcess.run(["inspect", "--json", "Tests/Fixtures/broken/Y001-yaml-syntax/brand.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Tests/Fixtures/broken/Y001-yaml-syntax/brand.yaml:6:9: error[Y001]"))
    }

    @Test func inspectShowsTheTextBlocksOfATemplate() async throws {
        let result = try await BrandcProcess.run([
            "inspect", "--brand", "brands/kumo/brand.yaml", "--template", "templates/campaign-hero.mustache",
            "--product", "products/kumo/sencha-tin.yaml", "--locale", "he", "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any])
        #expect(object["text"] as? String == "האביב של שיזואוקה בכוס אחת")
        #expect(object["direction"] as? String == "rtl")
        #expect(object["script"] as? String == "Hebr")
        #expect(object["font"] as? String == "Noto Sans Hebrew")
        #expect(object["file"] as? String == "products/kumo/sencha-tin.yaml")
        #expect(object["line"] as? Int == 19)
        #expect((object["block"] as? String)?.contains("Reading direction: right to left") == true)
    }

    @Test func inspectNeedsAFileOrBrandAndTemplate() async throws {
        #expect(try await BrandcProcess.run(["inspect"]).status == 2)
        #expect(try await BrandcProcess.run(["inspect", "--brand", "brands/kumo/brand.yaml"]).status == 2)
    }

    @Test func explainPrintsTheSummary() async throws {
        let result = try await BrandcProcess.run(["explain", "M004"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("M004 bad-color"))
        #expect(result.stdout.contains("A colour is not a #RRGGBB or #RGB hex value."))
        let byName = try await BrandcProcess.run(["explain", "bad-color"])
        #expect(byName.stdout == result.stdout)
    }

    @Test func explainWithoutACodeListsEveryCode() async throws {
        let result = try await BrandcProcess.run(["explain"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == Driver.allCodes.count)
        for code in Driver.allCodes {
            #expect(lines.contains { $0.hasPrefix(code.id + " ") }, "explain lacks \(code.id)")
        }
    }
}
