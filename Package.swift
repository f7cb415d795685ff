// swift-tools-version: 6.1
import PackageDescription

/// brandc's modules follow the compiler pipeline, bottom to top:
/// CLibYAML -> BrandDiagnostics -> BrandYAML -> BrandModel (BrandFeeds) -> BrandChecks
/// -> BrandAssembly (BrandText, BrandTokens) -> BrandLowering -> BrandNetwork -> BrandDriver -> brandc.
/// Beside the CLI, on top of the same driver: BrandSchema (JSON Schema), BrandLSP (`brandc lsp`), BrandMCP (`brandc mcp`);
/// BrandReport (the build's HTML report) and BrandPreview (`watch`'s file watcher and live page), which the driver fills.
let package = Package(
    name: "brandc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "brandc", targets: ["brandc"]),
        .library(name: "BrandDriver", targets: ["BrandDriver"]),
        // The compiler alone, offline: guides to checked, assembled, lowered requests and rendered
        // diagnostics, without the HTTP stack (scripts/check-dependencies.py keeps it so).
        .library(name: "BrandCompiler", targets: [
            "BrandDiagnostics", "BrandYAML", "BrandModel", "BrandFeeds", "BrandText", "BrandCopy", "BrandChecks",
            "BrandTokens", "BrandAssembly", "BrandLowering", "BrandReporters",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Merchant Center XML feeds, read streaming with libxml2's xmlTextReader.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CImageCodecs", pkgConfig: "libpng libwebp libturbojpeg",
            providers: [.apt(["libpng-dev", "libturbojpeg0-dev", "libwebp-dev"])]),
        // Image decoding (PNG, JPEG, WebP) and colour measurement for `brandc check`.
        .target(name: "BrandImages", dependencies: ["CImageCodecs"]),
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]),
        .target(name: "BrandDiagnostics"),
        // ICU's word break iterator and case folding, for copy rules that match words in every script.
        // A C target, not a system library: Foundation's own ICU headers clash with the system's in Swift.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .target(name: "BrandCopy", dependencies: ["CICU"]),
        .target(name: "BrandYAML", dependencies: ["CLibYAML", "BrandDiagnostics"]),
        .target(name: "BrandText"),
        .target(name: "BrandTokens", dependencies: ["BrandDiagnostics"]),
        .target(name: "BrandModel", dependencies: ["BrandYAML", "BrandDiagnostics"]),
        .target(name: "BrandChecks", dependencies: ["BrandModel", "BrandText", "BrandCopy", "BrandDiagnostics"]),
        .target(name: "BrandReporters", dependencies: ["BrandDiagnostics"]),
        // Reading text back from generated images (Tesseract), beside the backends.
        .target(name: "BrandOCR", dependencies: ["CTesseract", "BrandText"]),
        .target(name: "BrandAssembly", dependencies: [
            "BrandModel", "BrandText", "BrandTokens", "BrandDiagnostics",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "BrandLowering", dependencies: ["BrandAssembly", "BrandModel", "BrandText", "BrandDiagnostics"]),
        .target(name: "BrandFeeds", dependencies: [
            "BrandModel", "BrandYAML", "BrandDiagnostics", "CLibXML2",
        ]),
        .target(name: "BrandNetwork", dependencies: [
            "BrandLowering", "BrandModel",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The build's HTML report: plain values in, one self-contained page out; thumbnails with BrandImages.
        .target(name: "BrandReport", dependencies: ["BrandImages"]),
        // `brandc watch`: inotify on the inputs, and the live page on 127.0.0.1 (SwiftNIO, server-sent events).
        .target(name: "BrandPreview", dependencies: [
            "BrandReport",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // Multi-turn image edit sessions kept in a folder (brandc edit), sent through the build's submission engine.
        .target(name: "BrandEdit", dependencies: [
            "BrandNetwork", "BrandLowering", "BrandModel", "BrandImages", "BrandTokens", "BrandText", "BrandDiagnostics",
        ]),
        // Checks a generated image against its request: text read back, palette, shape (brandc check).
        .target(name: "BrandImageCheck", dependencies: ["BrandImages", "BrandOCR", "BrandAssembly", "BrandModel", "BrandDiagnostics"]),
        .target(name: "BrandDriver", dependencies: [
            "BrandYAML", "BrandModel", "BrandChecks", "BrandAssembly", "BrandLowering", "BrandFeeds", "BrandNetwork",
            "BrandReporters", "BrandTokens", "BrandText", "BrandDiagnostics", "BrandImageCheck", "BrandReport", "BrandPreview", "BrandEdit",
        ]),
        .target(name: "BrandSchema", dependencies: ["BrandModel"]),
        .target(name: "BrandLSP", dependencies: [
            "BrandDriver", "BrandSchema", "BrandAssembly", "BrandModel", "BrandYAML", "BrandDiagnostics",
        ]),
        .target(name: "BrandMCP", dependencies: [
            "BrandDriver", "BrandModel", "BrandLowering", "BrandSchema", "BrandDiagnostics",
            .product(name: "MCP", package: "swift-sdk"), .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "brandc", dependencies: [
            "BrandDriver", "BrandSchema", "BrandLSP", "BrandMCP", "BrandReporters", "BrandReport", "BrandPreview", "BrandDiagnostics", "BrandLowering", "BrandFeeds",
            "BrandEdit", "BrandModel", "BrandNetwork", "BrandAssembly", "BrandYAML",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // The benchmark harness's in-process timings (Benchmarks/run.sh); not part of the tests.
        .executableTarget(name: "brandc-bench", dependencies: [
            "BrandYAML", "BrandTokens", "BrandDiagnostics", "BrandImages", "BrandOCR", "BrandImageCheck", "BrandModel",
        ], path: "Benchmarks/Sources"),

        // Helpers several test targets share: the shared-folder finder, the JSON schema validator,
        // an in-memory file system. Tests only.
        .target(name: "BrandTestSupport", dependencies: ["BrandModel"], path: "Tests/BrandTestSupport"),

        .testTarget(name: "BrandDiagnosticsTests", dependencies: ["BrandDiagnostics"]),
        .testTarget(name: "BrandYAMLTests", dependencies: ["BrandTestSupport", "BrandYAML", "BrandDiagnostics"]),
        .testTarget(name: "BrandTextTests", dependencies: ["BrandText"]),
        .testTarget(name: "BrandCopyTests", dependencies: [
            "BrandTestSupport", "BrandCopy", "BrandChecks", "BrandModel", "BrandYAML", "BrandDiagnostics",
        ]),
        .testTarget(name: "BrandOCRTests", dependencies: ["BrandOCR", "CTesseract"]),
        .testTarget(name: "BrandTokensTests", dependencies: ["BrandTestSupport", "BrandTokens", "BrandDiagnostics"]),
        .testTarget(name: "BrandReportersTests", dependencies: ["BrandTestSupport", "BrandReporters", "BrandDiagnostics"], exclude: ["Golden"]),
        .testTarget(name: "BrandModelTests", dependencies: ["BrandTestSupport", "BrandModel", "BrandYAML", "BrandDiagnostics"]),
        .testTarget(name: "BrandChecksTests", dependencies: ["BrandTestSupport", "BrandChecks", "BrandModel", "BrandYAML", "BrandDiagnostics"]),
        .testTarget(name: "BrandAssemblyTests", dependencies: [
            "BrandAssembly", "BrandModel", "BrandText", "BrandTokens", "BrandYAML", "BrandDiagnostics",
        ]),
        .testTarget(name: "BrandLoweringTests", dependencies: ["BrandTestSupport", "BrandLowering", "BrandAssembly", "BrandModel", "BrandYAML", "BrandDiagnostics"]),
        .testTarget(name: "BrandImagesTests", dependencies: ["BrandImages"]),
        .testTarget(name: "BrandFeedsTests", dependencies: [
            "BrandTestSupport", "BrandFeeds", "BrandModel", "BrandYAML", "BrandDiagnostics",
            // CSV.swift only as the oracle the feed parser's values are compared with.
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .testTarget(name: "BrandNetworkTests", dependencies: [
            "BrandTestSupport",
            "BrandNetwork", "BrandLowering", "BrandDiagnostics", "BrandEdit", "BrandImages", "BrandModel", "BrandTokens",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .testTarget(name: "BrandDriverTests", dependencies: [
            "BrandTestSupport", "BrandDriver", "BrandReporters", "BrandAssembly", "BrandLowering", "BrandModel", "BrandTokens", "BrandDiagnostics",
        ]),
        .testTarget(name: "BrandReportTests", dependencies: [
            "BrandTestSupport", "BrandReport", "BrandDriver", "BrandNetwork", "BrandDiagnostics", "BrandImageCheck", "BrandImages",
        ]),
        .testTarget(name: "BrandPreviewTests", dependencies: ["BrandTestSupport", "BrandPreview", "BrandReport"]),
        .testTarget(name: "BrandImageCheckTests", dependencies: [
            "BrandImageCheck", "BrandImages", "BrandOCR", "BrandModel", "BrandYAML", "BrandDiagnostics",
        ]),
        .testTarget(name: "brandcTests", dependencies: ["BrandTestSupport", "BrandDriver", "BrandNetwork"]),
        .testTarget(name: "BrandSchemaTests", dependencies: ["BrandTestSupport", "BrandSchema", "BrandDriver", "BrandModel", "BrandYAML", "BrandDiagnostics"]),
        .testTarget(name: "BrandLSPTests", dependencies: ["BrandTestSupport", "BrandLSP", "BrandDriver"]),
        .testTarget(name: "BrandMCPTests", dependencies: [
            "BrandTestSupport", "BrandMCP", "BrandDriver", .product(name: "MCP", package: "swift-sdk"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
