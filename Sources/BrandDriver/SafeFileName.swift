import Foundation
import BrandFeeds

/// File names made from product ids: stable, never a path, never hidden or reserved, non-ASCII kept.
public enum SafeFileName {
    static let reserved: Set<String> = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ]

    public static func make(_ id: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in id.precomposedStringWithCanonicalMapping.unicodeScalars {
            let unsafe = scalar.value < 0x20 || scalar.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
                || scalar.properties.generalCategory == .format || scalar == " "
            scalars.append(unsafe ? "_" : scalar)
        }
        var name = String(scalars)
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        // Windows drops trailing dots and spaces, and they read badly before an extension.
        while name.hasSuffix(".") { name.removeLast() }
        if name.isEmpty { name = "_" }
        if reserved.contains(name.uppercased()) { name = "_" + name }
        if name.utf8.count > 120 { name = String(name.prefix(100)) + "-" + String(StableHash.fnv1a(id.utf8), radix: 16) }
        return name
    }
}
