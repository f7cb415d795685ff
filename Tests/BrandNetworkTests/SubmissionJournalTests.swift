import Foundation
import Testing
@testable import BrandNetwork

/// Appends made at once share fsyncs but none is lost or torn, and each returns only after a
/// synchronize call that came when its record was in the file (seen through `SynchronizeRecorder`,
/// since reading the file back only shows the page cache).
struct SubmissionJournalTests {
    static func line(_ record: JournalRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    @Test func eachAppendReturnsOnlyOnceItsRecordWasSynchronized() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let recorder = SynchronizeRecorder()
        let journal = try SubmissionJournal(folder: folder.url, storage: recorder.storage)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    for state in [JournalRecord.State.inFlight, .succeeded] {
                        let record = JournalRecord(key: "P\(index)", hash: "h\(index)", state: state)
                        try await journal.append(record)
                        let line = try Self.line(record)
                        #expect(recorder.synchronizedRecords().contains(line), "returned before \(line) was synchronized")
                    }
                }
            }
            try await group.waitForAll()
        }
        await journal.close()
        let fileSyncs = recorder.events.filter { if case .file = $0 { true } else { false } }.count
        #expect(fileSyncs >= 1 && fileSyncs <= 400, "\(fileSyncs) fsyncs for 400 appends")
        #expect(recorder.synchronizedRecords().count == 400)
    }

    /// A created journal's folder is synchronized once the file is in it; reopening does not again.
    @Test func creatingTheJournalSynchronizesItsFolderAfterTheFile() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let recorder = SynchronizeRecorder()
        let journal = try SubmissionJournal(folder: folder.url, storage: recorder.storage)
        await journal.close()
        #expect(recorder.events == [.folder(names: [SubmissionJournal.fileName])])
        let reopened = try SubmissionJournal(folder: folder.url, storage: recorder.storage)
        await reopened.close()
        #expect(recorder.events.count == 1)
    }

    /// An atomic file is synchronized whole under its temporary name before the rename, and its
    /// folder after the rename.
    @Test func anAtomicFileIsSynchronizedBeforeItsRenameAndItsFolderAfter() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let recorder = SynchronizeRecorder()
        let bytes = Array("{\"state\": \"done\"}\n".utf8)
        try AtomicFile.write(bytes, to: folder.url.appendingPathComponent("record.json"), storage: recorder.storage)
        let events = recorder.events
        try #require(events.count == 2, "\(events)")
        guard case .file(let name, let synchronized) = events[0] else {
            Issue.record("the file was not synchronized first: \(events)")
            return
        }
        #expect(name.hasPrefix(".record.json-") && name.hasSuffix(AtomicFile.temporarySuffix))
        #expect(synchronized == Data(bytes))
        #expect(events[1] == .folder(names: ["record.json"]))
    }

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
