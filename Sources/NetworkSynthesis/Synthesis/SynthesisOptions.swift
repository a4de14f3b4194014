// What to synthesize: which region, which seed, and an optional cut-down for samples.

/// A region: every county whose adcode starts with `prefix`.
public struct SynthesisRegion: Sendable, Hashable {
    /// Adcode prefix, 2-6 digits (`"13"` is Hebei, `"1402"` Datong, `"140221"` Yanggao).
    public var prefix: String
    /// Network name.
    public var name: String
    /// How the region is spelled on the command line (`datong`, `hebei` or the prefix).
    public var argument: String

    /// Creates a region.
    public init(prefix: String, name: String, argument: String? = nil) {
        self.prefix = prefix; self.name = name; self.argument = argument ?? prefix
    }

    /// Datong city (Shanxi): 10 county-level divisions.
    public static let datong = SynthesisRegion(prefix: "1402", name: "Datong", argument: "datong")
    /// Hebei province: 167 county-level divisions.
    public static let hebei = SynthesisRegion(prefix: "13", name: "Hebei", argument: "hebei")

    /// The whole country (`00`): every county of the tables.
    public static let china = SynthesisRegion(prefix: "", name: "China", argument: "00")

    /// Parses `datong`, `hebei`, `00` (the whole country) or an adcode prefix of 2 to 6 digits.
    public static func parse(_ text: String) throws -> SynthesisRegion {
        switch text.lowercased() {
        case "datong": return .datong
        case "hebei": return .hebei
        case "00": return .china
        default:
            guard (2...6).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw SynthesisError("--region: '\(text)' is not datong, hebei or an adcode prefix of 2 to 6 digits")
            }
            return SynthesisRegion(prefix: text, name: "Region \(text)")
        }
    }
}

/// The inputs of one synthesis run besides the source tables.
public struct SynthesisOptions: Sendable, Hashable {
    /// Which counties.
    public var region: SynthesisRegion
    /// The seed every random stream derives from.
    public var seed: UInt64
    /// Keep only these townships (9-digit adcodes) with their villages and their counties' centers; `nil` keeps all.
    public var townships: [String]?
    /// Keep at most this many villages of each township (the first by code); `nil` keeps all.
    public var villagesPerTownship: Int?
    /// Add straight-line stand-in roads (village to township seat to county seat) for test samples.
    public var syntheticRoads: Bool
    /// Network name; the region's name when `nil`.
    public var name: String?

    /// Creates options.
    public init(
        region: SynthesisRegion, seed: UInt64, townships: [String]? = nil, villagesPerTownship: Int? = nil,
        syntheticRoads: Bool = false, name: String? = nil
    ) {
        self.region = region; self.seed = seed; self.townships = townships
        self.villagesPerTownship = villagesPerTownship; self.syntheticRoads = syntheticRoads
        self.name = name
    }

    /// The `hubplan network synthesize` arguments that rebuild this network (paths left out, so the bytes do not
    /// depend on where the command ran).
    public var rebuildArguments: String {
        var parts = ["--region", region.argument, "--seed", String(seed)]
        if let townships { parts += ["--townships", townships.joined(separator: ",")] }
        if let villagesPerTownship { parts += ["--villages-per-township", String(villagesPerTownship)] }
        if syntheticRoads { parts.append("--synthetic-roads") }
        if let name { parts += ["--name", name.contains(" ") ? "'\(name)'" : name] }
        return parts.joined(separator: " ")
    }
}
