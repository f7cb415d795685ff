import Foundation

/// Reads an image's size from its header and a small RGB thumbnail of its pixels, through Debian's
/// ImageMagick with memory limits (interim, until the pixels branch's decoders land).
enum PixelReader {
    static let identify = "/usr/bin/identify-im6.q16"
    static let convert = "/usr/bin/convert-im6.q16"
    /// The thumbnail's side: enough for dominant colours, small enough to cluster in milliseconds.
    static let side = 96

    enum Failure: Error {
        case unreadable(String)
    }

    /// Width and height from the header alone (`-ping`: no pixel is decoded).
    static func size(of path: String) -> Result<(width: Int, height: Int), Failure> {
        guard let output = Tool.run(identify, ["-ping", "-format", "%w %h\n", path + "[0]"]) else {
            return .failure(.unreadable("ImageMagick (identify-im6.q16) is not installed; run scripts/setup.sh"))
        }
        let words = String(decoding: output.stdout, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard output.status == 0, words.count >= 2, let width = Int(words[0]), let height = Int(words[1]), width > 0, height > 0
        else { return .failure(.unreadable(reason(output.stderr))) }
        return .success((width, height))
    }

    /// The whole image decoded (so a truncated file fails here) and scaled to `side` x `side` RGB.
    static func thumbnail(of path: String) -> Result<[(UInt8, UInt8, UInt8)], Failure> {
        let arguments = ["-limit", "memory", "512MiB", "-limit", "map", "1GiB", "-limit", "disk", "0", "-regard-warnings",
                         path + "[0]", "-alpha", "remove", "-colorspace", "sRGB", "-resize", "\(side)x\(side)!", "-depth", "8", "rgb:-"]
        guard let output = Tool.run(convert, arguments) else {
            return .failure(.unreadable("ImageMagick (convert-im6.q16) is not installed; run scripts/setup.sh"))
        }
        guard output.status == 0, output.stdout.count == side * side * 3 else { return .failure(.unreadable(reason(output.stderr))) }
        return .success(stride(from: 0, to: output.stdout.count, by: 3).map {
            (output.stdout[$0], output.stdout[$0 + 1], output.stdout[$0 + 2])
        })
    }

    /// The decoder's first complaint, without ImageMagick's program prefix and file name.
    static func reason(_ stderr: String) -> String {
        guard let line = stderr.split(separator: "\n").first else {
            return "the data is corrupt or truncated, or larger than ImageMagick's policy allows"
        }
        var text = String(line)
        if let colon = text.range(of: ": ") { text = String(text[colon.upperBound...]) }
        if let quote = text.range(of: " `") { text = String(text[..<quote.lowerBound]) }
        return "the data is corrupt or truncated (\(text.trimmingCharacters(in: .whitespaces)))"
    }
}
