// A county-level division, so reports can name counties and models can require a center in each.

/// A county-level division (区/县/县级市).
public struct County: Sendable, Hashable {
    /// 6-digit adcode.
    public var code: String
    /// Official name (e.g. `"阳高县"`).
    public var name: String
    /// Resident population (2020 census), when known.
    public var population: Double?

    /// Creates a county.
    public init(code: String, name: String, population: Double? = nil) {
        self.code = code; self.name = name; self.population = population
    }
}
