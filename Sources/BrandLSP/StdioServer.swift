import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a `LanguageServer` over standard input and output until `exit` or the end of input.
/// A frame that cannot be read, or a body that is not JSON, gets a parse-error response and
/// the server reads on; nothing a client sends stops it but `exit`.
public enum StdioServer {
    public static func run(_ server: inout LanguageServer, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        var reader = FrameReader {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            return count > 0 ? Array(chunk[..<count]) : nil
        }
        while let frame = reader.next() {
            let replies: [JSON]
            switch frame {
            case .malformed(let reason):
                replies = [LanguageServer.error(id: .null, .parseError, reason)]
            case .message(let body):
                guard let message = JSON.decode(body) else {
                    replies = [LanguageServer.error(id: .null, .parseError, "the message is not JSON")]
                    break
                }
                replies = server.handle(message)
            }
            for reply in replies { writeAll(FrameWriter.frame(reply.encoded()), to: output) }
            if let status = server.exitStatus { return status }
        }
        return server.shutdownRequested ? 0 : 1
    }

    static func writeAll(_ bytes: [UInt8], to output: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}
