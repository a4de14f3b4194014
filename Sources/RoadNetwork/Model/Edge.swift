// A road between two nodes.

/// A road segment. Travel time is `minutes` when given, else `km / speedKmh * 60`, else the network's default
/// speed.
public struct Edge: Sendable, Hashable {
    /// Id of the node the road starts at.
    public var from: String
    /// Id of the node the road ends at.
    public var to: String
    /// Length in kilometres.
    public var km: Double
    /// Travel time in minutes, when known.
    public var minutes: Double?
    /// Typical speed in km/h, used when `minutes` is absent.
    public var speedKmh: Double?
    /// Whether the road may be driven only from `from` to `to`.
    public var oneWay: Bool
    /// A name for reports (e.g. `"G109"`).
    public var name: String?

    /// Creates a road.
    public init(
        from: String, to: String, km: Double, minutes: Double? = nil, speedKmh: Double? = nil,
        oneWay: Bool = false, name: String? = nil
    ) {
        self.from = from; self.to = to; self.km = km; self.minutes = minutes; self.speedKmh = speedKmh
        self.oneWay = oneWay; self.name = name
    }
}
