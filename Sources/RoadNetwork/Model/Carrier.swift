// An express carrier whose parcels the network delivers.

/// An express carrier (EMS/China Post, SF, JD, ZTO, YTO, Yunda, STO, J&T, ...).
public struct Carrier: Sendable, Hashable {
    /// Short id used as the key of `Node.parcels` (e.g. `"ems"`).
    public var id: String
    /// Display name (e.g. `"China Post / EMS"`).
    public var name: String
    /// Whether this carrier is the postal backstop (邮快合作, China Post).
    public var postal: Bool

    /// Creates a carrier.
    public init(id: String, name: String, postal: Bool = false) {
        self.id = id; self.name = name; self.postal = postal
    }
}
