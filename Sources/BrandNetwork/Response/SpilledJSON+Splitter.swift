import Foundation

extension SpilledJSON {
    /// The byte-level state machine: outside strings bytes go to the skeleton; inside, raw bytes
    /// are kept until the string proves long, then its unescaped text streams to a blob file.
    struct Splitter {
        enum Escape { case none, backslash, unicode(digits: Int, value: UInt32) }

        let blobFolder: URL
        let threshold: Int
        var skeleton: [UInt8] = []
        var blobs: [URL] = []
        var peak = 0
        var inString = false
        var escape = Escape.none
        var raw: [UInt8] = []
        var unescaped: [UInt8] = []
        var blob: FileHandle?

        init(blobFolder: URL, threshold: Int) {
            self.blobFolder = blobFolder
            self.threshold = threshold
        }

        var bufferedBytes: Int { skeleton.count + raw.count + unescaped.count }

        mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard inString else {
                    if byte == UInt8(ascii: "\"") { startString() } else { skeleton.append(byte) }
                    index += 1
                    continue
                }
                if case .none = escape {
                    // Fast path: copy the run up to the next quote or backslash in one go.
                    var end = index
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
                    if end > index {
                        let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                        if blob == nil { raw.append(contentsOf: run) }
                        unescaped.append(contentsOf: run)
                        index = end
                        try spillIfLong()
                        continue
                    }
                    if byte == UInt8(ascii: "\"") { try endString() } else {
                        escape = .backslash
                        if blob == nil { raw.append(byte) }
                    }
                    index += 1
                    continue
                }
                if blob == nil { raw.append(byte) }
                unescapeStep(byte)
                index += 1
                try spillIfLong()
            }
        }

        mutating func startString() {
            inString = true
            raw.removeAll(keepingCapacity: true)
            unescaped.removeAll(keepingCapacity: true)
        }

        mutating func unescapeStep(_ byte: UInt8) {
            switch escape {
            case .none: unescaped.append(byte)
            case .backslash:
                escape = .none
                switch byte {
                case UInt8(ascii: "b"): unescaped.append(0x08)
                case UInt8(ascii: "f"): unescaped.append(0x0C)
                case UInt8(ascii: "n"): unescaped.append(0x0A)
                case UInt8(ascii: "r"): unescaped.append(0x0D)
                case UInt8(ascii: "t"): unescaped.append(0x09)
                case UInt8(ascii: "u"): escape = .unicode(digits: 0, value: 0)
                default: unescaped.append(byte)
                }
            case .unicode(let digits, let value):
                let digit = UInt32(Character(UnicodeScalar(byte)).hexDigitValue ?? 0)
                if digits == 3 {
                    escape = .none
                    let scalar = UnicodeScalar(value << 4 | digit) ?? "\u{FFFD}"
                    unescaped.append(contentsOf: Array(String(Character(scalar)).utf8))
                } else {
                    escape = .unicode(digits: digits + 1, value: value << 4 | digit)
                }
            }
        }

        mutating func spillIfLong() throws {
            if blob == nil, raw.count > threshold {
                let url = blobFolder.appendingPathComponent(".blob-\(UUID().uuidString).partial")
                guard FileManager.default.createFile(atPath: url.path, contents: nil),
                    let handle = FileHandle(forWritingAtPath: url.path)
                else { throw NetworkError.io("cannot write \(url.path)") }
                blob = handle
                blobs.append(url)
                raw.removeAll(keepingCapacity: false)
            }
            if let blob, unescaped.count >= 64 * 1024 {
                try blob.write(contentsOf: unescaped)
                unescaped.removeAll(keepingCapacity: true)
            }
        }

        mutating func endString() throws {
            inString = false
            if blob != nil {
                try closeBlob()
                let placeholder = "\"\\u0000blob:\(blobs.count - 1)\""
                skeleton.append(contentsOf: Array(placeholder.utf8))
            } else {
                skeleton.append(UInt8(ascii: "\""))
                skeleton.append(contentsOf: raw)
                skeleton.append(UInt8(ascii: "\""))
            }
        }

        mutating func closeBlob() throws {
            guard let handle = blob else { return }
            try handle.write(contentsOf: unescaped)
            unescaped.removeAll(keepingCapacity: false)
            try handle.close()
            blob = nil
        }
    }
}
