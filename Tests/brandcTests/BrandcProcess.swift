@_exported import BrandTestSupport

/// The CLI tests' name for the built executable.
typealias BrandcProcess = BrandcExecutable
