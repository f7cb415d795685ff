import BrandImages

/// What `images/edits` takes as a mask (api-surface §8.2): a PNG under 4 MB, the same size as the
/// first input image, whose fully transparent pixels mark where to edit. Checked before anything
/// is sent, with the decoder `brandc check` uses, so a wrong mask costs nothing.
enum MaskCheck {
    static let maxBytes = 4 * 1024 * 1024

    /// Why `mask` cannot go with `image`, or `nil` when it can.
    static func problem(mask: [UInt8], maskName: String, image: [UInt8], imageName: String) -> (code: MaskProblem, message: String)? {
        guard mask.count < maxBytes else {
            return (.bad, "mask \(maskName) is \(mask.count) bytes; the edits endpoint takes masks under 4 MB")
        }
        guard ImageFileFormat.sniff(mask) == .png else {
            return (.bad, "mask \(maskName) is \(ImageFileFormat.describe(mask)), not a PNG; the edits endpoint takes a PNG with an alpha channel")
        }
        let maskHeader: ImageHeader, imageHeader: ImageHeader
        do {
            maskHeader = try ImageHeader.read(mask)
            imageHeader = try ImageHeader.read(image)
        } catch {
            return (.bad, "cannot read the size of \(maskName) or \(imageName): \(error)")
        }
        guard maskHeader.width == imageHeader.width, maskHeader.height == imageHeader.height else {
            return (.size, "mask \(maskName) is \(maskHeader.width)x\(maskHeader.height) but \(imageName) is \(imageHeader.width)x\(imageHeader.height); the mask must be the same size as the first input image")
        }
        let decoded: DecodedImage
        do { decoded = try ImageDecoder().decode(mask) } catch {
            return (.bad, "cannot decode mask \(maskName): \(error)")
        }
        var transparent = false
        var index = 3
        while index < decoded.pixels.count {
            if decoded.pixels[index] == 0 {
                transparent = true
                break
            }
            index += 4
        }
        guard transparent else {
            return (.bad, "mask \(maskName) has no fully transparent pixel, so it marks nothing to edit (transparent pixels mark the edit area)")
        }
        return nil
    }

    enum MaskProblem { case size, bad }
}
