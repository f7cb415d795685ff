import Foundation
import Testing
import BrandReport

@Suite struct CheckFindingsReaderTests {
    func folder(_ contents: String?) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-findings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if let contents { try Data(contents.utf8).write(to: url.appendingPathComponent("check.json")) }
        return url
    }

    @Test func noFileMeansNoChecksRan() throws {
        let result = CheckFindingsReader().findings(in: try folder(nil))
        #expect(result.byImage == nil)
        #expect(result.problem == nil)
    }

    @Test func readsTheJSONRendererShape() throws {
        let json = """
            {"version":1,"diagnostics":[
              {"code":"I201","name":"logo-missing","severity":"error","message":"no logo found","notes":[],
               "location":{"file":"out/tin.campaign-hero.ja.png"}},
              {"code":"I202","name":"x","severity":"warning","message":"low contrast","notes":[],
               "location":{"file":"tin.campaign-hero.ja.png","line":1}}],
             "summary":{"errors":1,"warnings":1,"notes":0}}
            """
        let result = CheckFindingsReader().findings(in: try folder(json))
        #expect(result.byImage?["tin.campaign-hero.ja.png"]?.map(\.code) == ["I201", "I202"])
    }

    @Test func readsABareArray() throws {
        let json = #"[{"code":"I1","severity":"note","message":"m","notes":[],"location":{"file":"/abs/a.png"}}]"#
        let result = CheckFindingsReader().findings(in: try folder(json))
        #expect(result.byImage?["a.png"] == [ReportFinding(code: "I1", severity: "note", message: "m")])
    }

    @Test func aBrokenFileIsReportedNotFatal() throws {
        let result = CheckFindingsReader().findings(in: try folder("{not json"))
        #expect(result.byImage == nil)
        #expect(result.problem?.contains("check.json") == true)
    }
}
