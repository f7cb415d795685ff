public import BrandImages
public import BrandModel

/// The colour half of a check on its own: a decoded image's dominant colours, palette share and
/// background against the brand palette (what `ImageInspector` does after decoding).
public enum ImageColours {
    public static func observe(
        _ image: DecodedImage, palette: [ExpectedColour], thresholds: ImageCheckThresholds
    ) -> ColourObservation? {
        ImageInspector.colours(Thumbnail.pixels(of: image), palette: palette, thresholds: thresholds)
    }
}
