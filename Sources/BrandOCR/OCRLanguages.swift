import Foundation

/// Which Tesseract models read which script, and which Debian package installs each.
public enum OCRLanguages {
    /// Debian's folder for Tesseract 5 language data (`tesseract-ocr-*` packages).
    public static let debianDataPath = "/usr/share/tesseract-ocr/5/tessdata"

    /// The data folder: `TESSDATA_PREFIX` when set, else Debian's.
    public static var dataPath: String {
        ProcessInfo.processInfo.environment["TESSDATA_PREFIX"].flatMap { $0.isEmpty ? nil : $0 } ?? debianDataPath
    }

    /// The models to read text of an ISO 15924 script with, most specific first. Latin words are
    /// common in every script's ad copy, so `eng` joins the others (Korean alone garbles them).
    public static func models(forScript script: String, vertical: Bool = false) -> [String] {
        let primary: String
        switch script {
        case "Jpan", "Hira", "Kana": primary = vertical ? "jpn_vert" : "jpn"
        case "Hans": primary = vertical ? "chi_sim_vert" : "chi_sim"
        case "Hant": primary = vertical ? "chi_tra_vert" : "chi_tra"
        case "Kore", "Hang": primary = "kor"
        case "Arab": primary = "ara"
        case "Hebr": primary = "heb"
        case "Deva": primary = "hin"
        case "Thai": primary = "tha"
        default: return ["eng"]
        }
        // Latin in right-to-left text is unreadable either way (see ReadbackTolerance); adding eng
        // there only makes the letters worse.
        return ReadbackTolerance.isRightToLeft(script) || vertical ? [primary] : [primary, "eng"]
    }

    /// The Debian package that installs model `name` (`jpn_vert` -> `tesseract-ocr-jpn-vert`).
    public static func package(of name: String) -> String {
        "tesseract-ocr-" + name.replacingOccurrences(of: "_", with: "-")
    }

    /// A model's name for messages (`jpn_vert` -> `Japanese (vertical)`); the model itself when unknown.
    public static func displayName(of name: String) -> String {
        let vertical = name.hasSuffix("_vert")
        let base = vertical ? String(name.dropLast("_vert".count)) : name
        let names = [
            "eng": "English", "jpn": "Japanese", "chi_sim": "Chinese (simplified)", "chi_tra": "Chinese (traditional)",
            "kor": "Korean", "ara": "Arabic", "heb": "Hebrew", "hin": "Hindi", "tha": "Thai",
        ]
        guard let language = names[base] else { return name }
        return vertical ? "\(language), vertical" : language
    }

    /// The models installed in `path`.
    public static func installed(in path: String = dataPath) -> Set<String> {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return Set(files.filter { $0.hasSuffix(".traineddata") }.map { String($0.dropLast(".traineddata".count)) })
    }
}
