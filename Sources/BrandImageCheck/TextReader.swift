import Foundation

/// Reads an image's words with Tesseract in sparse-text mode (page segmentation 11: whole ad-style
/// images, where the default mode found nothing for Korean and Arabic), one thread
/// (`OMP_THREAD_LIMIT=1`). Interim: the `tesseract` command stands in for the ocr branch's C-API
/// engine until it lands.
enum TextReader {
    static let tesseract = "/usr/bin/tesseract"
    static let tessdata = "/usr/share/tesseract-ocr/5/tessdata"

    struct Word: Sendable, Hashable {
        var text: String
        /// 0…100.
        var confidence: Double
    }

    /// The Tesseract languages for an ISO 15924 script (Korean with English for Latin words),
    /// with the language's name and the Debian package of each.
    static func languages(for script: String, vertical: Bool) -> [(code: String, name: String)] {
        switch script {
        case "Jpan", "Hira", "Kana": [(vertical ? "jpn_vert" : "jpn", "Japanese")]
        case "Hans": [(vertical ? "chi_sim_vert" : "chi_sim", "Chinese (simplified)")]
        case "Hant", "Hani": [(vertical ? "chi_tra_vert" : "chi_tra", "Chinese (traditional)")]
        case "Kore", "Hang": [("kor", "Korean"), ("eng", "English")]
        case "Arab": [("ara", "Arabic")]
        case "Hebr": [("heb", "Hebrew")]
        case "Deva": [("hin", "Hindi")]
        case "Thai": [("tha", "Thai")]
        default: [("eng", "English")]
        }
    }

    static func package(of language: String) -> String {
        "tesseract-ocr-" + language.replacingOccurrences(of: "_", with: "-")
    }

    static func isInstalled(_ language: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(tessdata)/\(language).traineddata")
    }

    /// The words read, in reading order, or `nil` when the engine cannot run.
    static func words(in path: String, languages: [String], vertical: Bool) -> [Word]? {
        let arguments = [path, "-", "--psm", vertical ? "5" : "11", "-l", languages.joined(separator: "+"), "tsv"]
        guard let output = Tool.run(tesseract, arguments, environment: ["OMP_THREAD_LIMIT": "1"]), output.status == 0 else {
            return nil
        }
        var words: [Word] = []
        for line in String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 12, fields[0] == "5", let confidence = Double(fields[10]) else { continue }
            let text = fields[11...].joined(separator: "\t").trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, confidence >= 0 { words.append(Word(text: text, confidence: confidence)) }
        }
        return words
    }
}
