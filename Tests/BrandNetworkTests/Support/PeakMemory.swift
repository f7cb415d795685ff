import Foundation

/// The peak resident set size of a running child, from Linux's `/proc/<pid>/status` (`VmHWM`, the
/// high-water mark of the child's own address space). `wait4`'s `ru_maxrss` cannot be used: it
/// carries over the test process's own peak across the child's `exec`.
enum PeakMemory {
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: "/proc/self/status") }

    /// Polls the child until it exits; returns the highest `VmHWM` seen, in bytes.
    static func watch(_ process: Process) -> Int {
        let path = "/proc/\(process.processIdentifier)/status"
        var peak = 0
        while process.isRunning {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
                let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
            {
                peak = max(peak, kilobytes * 1024)
            }
            usleep(2000)
        }
        return peak
    }
}
