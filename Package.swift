// swift-tools-version: 6.0
import PackageDescription

/// brandc's modules follow the compiler pipeline, bottom to top:
/// CLibYAML -> BrandDiagnostics -> BrandYAML -> BrandModel -> BrandChecks
/// -> BrandAssembly (BrandText, BrandTokens) -> BrandLowering -> BrandDriver -> brandc.
let package = Package(
    name: "brandc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "brandc", targets: ["brandc"]),
        .library(name: "BrandDriver", targets: ["BrandDriver"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "BrandDiagnostics"),
        .target(name: "BrandYAML", dependencies: ["CLibYAML", "BrandDiagnostics"]),
        .target(name: "BrandText"),
        .target(name: "BrandTokens", dependencies: ["BrandText", "BrandDiagnostics"]),
        .target(name: "BrandModel", dependencies: ["BrandYAML", "BrandDiagnostics"]),
        .target(name: "BrandChecks", dependencies: ["BrandModel", "BrandText", "BrandDiagnostics"]),
        .target(name: "BrandReporters", dependencies: ["BrandDiagnostics"]),
        .target(name: "BrandAssembly", dependencies: [
            "BrandModel", "BrandText", "BrandTokens", "BrandDiagnostics",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "BrandLowering", dependencies: ["BrandAssembly", "BrandDiagnostics"]),
        .target(name: "BrandDriver", dependencies: [
            "BrandYAML", "BrandModel", "BrandChecks", "BrandAssembly", "BrandLowering",
            "BrandReporters", "BrandTokens", "BrandText", "BrandDiagnostics",
        ]),
        .executableTarget(name: "brandc", dependencies: [
            "BrandDriver", "BrandReporters", "BrandDiagnostics",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "BrandDiagnosticsTests", dependencies: ["BrandDiagnostics"]),
        .testTarget(name: "BrandYAMLTests", dependencies: ["BrandYAML", "BrandDiagnostics"]),
        .testTarget(name: "BrandTextTests", dependencies: ["BrandText"]),
        .testTarget(name: "BrandTokensTests", dependencies: ["BrandTokens", "BrandText", "BrandDiagnostics"]),
        .testTarget(name: "BrandReportersTests", dependencies: ["BrandReporters", "BrandDiagnostics"], exclude: ["Golden"]),
        .testTarget(name: "BrandModelTests", dependencies: ["BrandModel", "BrandYAML", "BrandDiagnostics"]),
        .testTarget(name: "BrandChecksTests", dependencies: ["BrandChecks", "BrandModel", "BrandDiagnostics"]),
        .testTarget(name: "BrandAssemblyTests", dependencies: ["BrandAssembly", "BrandModel", "BrandDiagnostics"]),
        .testTarget(name: "BrandLoweringTests", dependencies: ["BrandLowering", "BrandAssembly", "BrandDiagnostics"]),
        .testTarget(name: "BrandDriverTests", dependencies: ["BrandDriver", "BrandReporters", "BrandDiagnostics"]),
        .testTarget(name: "brandcTests", dependencies: ["BrandDriver"]),
    ],
    swiftLanguageModes: [.v6]
)
