/// The subset of SARIF 2.1.0 brandc writes. Property names are SARIF's; optional properties are left
/// out when `nil`.
struct SARIFLog: Codable, Equatable {
    static let schemaURI = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"

    var schema = SARIFLog.schemaURI
    var version = "2.1.0"
    var runs: [SARIFRun]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }
}

struct SARIFRun: Codable, Equatable {
    var tool: SARIFTool
    var columnKind = "unicodeCodePoints"
    var results: [SARIFResult]
}

struct SARIFTool: Codable, Equatable {
    var driver: SARIFToolComponent
}

struct SARIFToolComponent: Codable, Equatable {
    var name: String
    var version: String
    var informationUri: String?
    var rules: [SARIFRule]
}

struct SARIFRule: Codable, Equatable {
    var id: String
    var name: String
    var shortDescription: SARIFMessage
    var defaultConfiguration: SARIFConfiguration
}

struct SARIFConfiguration: Codable, Equatable {
    var level: String
}

struct SARIFMessage: Codable, Equatable {
    var text: String
}

struct SARIFResult: Codable, Equatable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: SARIFMessage
    var locations: [SARIFLocation]?
    var relatedLocations: [SARIFLocation]?
    var fixes: [SARIFFix]?
}

struct SARIFLocation: Codable, Equatable {
    var id: Int?
    var physicalLocation: SARIFPhysicalLocation?
    var message: SARIFMessage?
}

struct SARIFPhysicalLocation: Codable, Equatable {
    var artifactLocation: SARIFArtifactLocation
    var region: SARIFRegion?
}

struct SARIFArtifactLocation: Codable, Equatable {
    var uri: String
    var uriBaseId: String?
}

/// Lines and columns are 1-based (columns in code points, as the run's `columnKind` says); the byte
/// range describes the same span, so a consumer may use either.
struct SARIFRegion: Codable, Equatable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
    var byteOffset: Int
    var byteLength: Int
}

struct SARIFFix: Codable, Equatable {
    var description: SARIFMessage
    var artifactChanges: [SARIFArtifactChange]
}

struct SARIFArtifactChange: Codable, Equatable {
    var artifactLocation: SARIFArtifactLocation
    var replacements: [SARIFReplacement]
}

struct SARIFReplacement: Codable, Equatable {
    var deletedRegion: SARIFRegion
    var insertedContent: SARIFMessage
}
