import Crypto
import Foundation

/// Whether the files a succeeded request wrote are still the ones the journal recorded, so a rerun
/// does not call a deleted or overwritten image "unchanged". Cheap first: a file with the recorded
/// size and modification time is trusted; otherwise its SHA-256 decides.
public enum OutputVerification {
    /// Why the recorded outputs are no longer intact (the first file that is missing or differs),
    /// or `nil` when they all are.
    public static func problem(with files: [OutputFile], in folder: URL) -> String? {
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular
            else { return "\(file.name) is missing" }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
            guard size == file.bytes else { return "\(file.name) changed (\(size) bytes, \(file.bytes) written)" }
            if let recorded = file.modified, let now = modificationTime(of: url), now == recorded { continue }
            guard let digest = sha256(of: url) else { return "\(file.name) cannot be read" }
            if digest != file.sha256 { return "\(file.name) changed since it was written" }
        }
        return nil
    }

    /// Seconds since 1970, as the file system reports them.
    static func modificationTime(of url: URL) -> Double? {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date)?.timeIntervalSince1970
    }

    /// The file's SHA-256 in lower-case hex, read in 1 MiB pieces; `nil` when it cannot be read.
    static func sha256(of url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        } catch {
            return nil
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
