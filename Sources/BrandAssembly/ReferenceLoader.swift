import BrandDiagnostics
import BrandModel

/// Reads reference images (product photos first, then the brand logo) and identifies each by its bytes.
struct ReferenceLoader {
    let fileSystem: any FileSystem
    /// Images already read, by `key(path, namedIn:)`: the brand's logos, read once for a whole feed.
    var preloaded: [String: ReferenceImage] = [:]

    /// A path as written together with the file that names it: what a relative path resolves from.
    static func key(_ written: String, namedIn file: String) -> String {
        written + "\u{0}" + file
    }

    /// The brand's logo images that read and identify cleanly; a missing or odd one is left to be
    /// reported, with its location, when a request needs it.
    static func preload(_ guide: BrandGuide, fileSystem: any FileSystem) -> [String: ReferenceImage] {
        var images: [String: ReferenceImage] = [:]
        for path in guide.logo.files where !FilePath.isURL(path.value) {
            let resolved = FilePath.resolve(path.value, against: path.location.file)
            guard let bytes = try? fileSystem.read(resolved), let format = ImageFormat.sniff(bytes) else { continue }
            images[key(path.value, namedIn: path.location.file)] = ReferenceImage(
                role: .logo, path: path.value, format: format, bytes: bytes)
        }
        return images
    }

    func load(
        guide: BrandGuide, product: ProductRecord?, model: TargetModel, recent: inout RecentImages,
        diagnostics: inout DiagnosticSink
    ) -> [ReferenceImage] {
        var wanted = (product?.images ?? []).map { ($0, ReferenceImage.Role.product) }
            + guide.logo.files.map { ($0, ReferenceImage.Role.logo) }
        // Feeds often link images by URL; compiling never downloads, so those stay out of the request.
        wanted.removeAll { path, _ in
            guard FilePath.isURL(path.value) else { return false }
            diagnostics.report(
                .remoteImage, "'\(path.value)' is a URL; brandc does not download reference images, so it is left out",
                at: path.location, fix: FixSuggestion("download the image next to the feed and name the local file"))
            return true
        }
        if wanted.count > model.maxReferenceImages {
            diagnostics.report(
                .tooManyReferences,
                "\(wanted.count) reference images, but \(model.displayName) takes at most \(model.maxReferenceImages)",
                at: wanted[model.maxReferenceImages].0.location)
            return []
        }
        return wanted.compactMap { path, role in
            let key = Self.key(path.value, namedIn: path.location.file)
            if role == .product, let hit = recent.image(key) {
                return ReferenceImage(role: role, path: path.value, format: hit.format, bytes: hit.bytes)
            }
            if let image = preloaded[key], image.role == role { return image }
            let resolved = FilePath.resolve(path.value, against: path.location.file)
            guard fileSystem.fileExists(resolved) else {
                diagnostics.report(.fileNotFound, "reference image '\(path.value)' does not exist (looked for \(resolved))",
                                   at: path.location)
                return nil
            }
            guard let bytes = try? fileSystem.read(resolved) else {
                diagnostics.report(.readFailed, "cannot read reference image '\(resolved)'", at: path.location)
                return nil
            }
            guard let format = ImageFormat.sniff(bytes) else {
                diagnostics.report(
                    .unsupportedImageFormat, "'\(path.value)' is not a PNG, JPEG, WebP, HEIC or HEIF image",
                    at: path.location)
                return nil
            }
            if role == .product {
                recent.remember(.init(key: key, format: format, bytes: bytes))
            }
            return ReferenceImage(role: role, path: path.value, format: format, bytes: bytes)
        }
    }
}
