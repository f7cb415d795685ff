import Foundation
import Testing
@testable import BrandNetwork

/// Appends made at once share fsyncs but none is lost or torn, and each returns only when its
/// record can be read back from the file.
struct SubmissionJournalTests {
    @Test func concurrentAppendsAreAllOnDiskWhenTheyReturn() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let journal = try SubmissionJournal(folder: folder.url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<300 {
                group.addTask {
                    try await journal.append(JournalRecord(key: "P\(index)", hash: "h\(index)", state: .inFlight))
                    // Returned: the record is in the file, whatever the other appends are doing.
                    #expect(SubmissionJournal.latest(in: folder.url)["P\(index)"]?.state == .inFlight)
                    try await journal.append(JournalRecord(key: "P\(index)", hash: "h\(index)", state: .succeeded))
                }
            }
            try await group.waitForAll()
        }
        await journal.close()
        let records = SubmissionJournal.records(in: folder.url)
        #expect(records.count == 600)
        let latest = SubmissionJournal.latest(in: folder.url)
        #expect(latest.count == 300)
        #expect(latest.values.allSatisfy { $0.state == .succeeded })
    }

    @Test func aReopenedJournalAppendsAfterATornLine() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent(SubmissionJournal.fileName)
        try Data((#"{"hash":"h","key":"A","state":"planned"}"# + "\n" + #"{"hash":"h","ke"#).utf8).write(to: file)
        let journal = try SubmissionJournal(folder: folder.url)
        try await journal.append(JournalRecord(key: "B", hash: "h", state: .planned))
        await journal.close()
        #expect(SubmissionJournal.records(in: folder.url).map(\.key) == ["A", "B"])
    }
}
