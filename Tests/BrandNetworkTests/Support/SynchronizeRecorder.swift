import Foundation
@testable import BrandNetwork

/// A `DurableStorage` that, at every synchronize call, records what the file or folder held at that
/// moment (then calls the real `fsync`): what a crash right after the call could no longer lose.
final class SynchronizeRecorder: Sendable {
    enum Event: Equatable {
        /// A file synchronized: its name and its bytes when the call came.
        case file(name: String, bytes: Data)
        /// A folder synchronized: the names it held when the call came.
        case folder(names: [String])
    }

    private let log = Locked<[Event]>([])

    var events: [Event] { log.value }

    var storage: DurableStorage {
        DurableStorage(
            synchronizeFile: { [log] descriptor, path in
                let bytes = FileManager.default.contents(atPath: path) ?? Data()
                log.update { $0.append(.file(name: URL(fileURLWithPath: path).lastPathComponent, bytes: bytes)) }
                try DurableStorage.system.synchronizeFile(descriptor, path)
            },
            synchronizeFolder: { [log] folder in
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                log.update { $0.append(.folder(names: names)) }
                try DurableStorage.system.synchronizeFolder(folder)
            })
    }

    /// The journal records a synchronized journal file held, at any call so far.
    func synchronizedRecords() -> Set<String> {
        var lines: Set<String> = []
        for case .file(SubmissionJournal.fileName, let bytes) in events {
            for line in bytes.split(separator: 0x0A) { lines.insert(String(decoding: line, as: UTF8.self)) }
        }
        return lines
    }
}
