// A depot of a routing problem: a county center where routes start and end.

/// A place where vehicles start and end their routes.
public struct Depot: Sendable, Hashable {
    /// Planar x coordinate (for polar sectors only).
    public var x: Double
    /// Planar y coordinate.
    public var y: Double
    /// A label for messages.
    public var name: String

    /// Creates a depot.
    public init(x: Double = 0, y: Double = 0, name: String = "") {
        self.x = x
        self.y = y
        self.name = name
    }
}
