// The largest values the instance readers accept, so that every Double -> Int conversion and n² matrix is safe.
//
// Why bounds at all: a coordinate of 1e308 makes a distance infinite and `Int(_:)` traps; a DIMENSION of 1e9
// asks for a 10^18-entry matrix. The limits sit far above every published instance (CVRPLIB X: 1,001 nodes,
// coordinates up to 1,000; Gehring-Homberger: 1,001 nodes, times up to a few thousand) and far below where
// route sums of distances, loads and penalties could overflow `Int`.

/// Bounds the VRPLIB and Solomon readers check before converting or allocating.
public enum InstanceLimits {
    /// Most locations (depot included) a file may hold: the dense distance matrix has `nodes²` entries
    /// (10,000 nodes: 800 MB of `Int`).
    public static let maxNodes = 10_000
    /// Largest absolute coordinate: distances stay below 3e9, a route's sum far below `Int.max`.
    public static let maxCoordinate = 1e9
    /// Largest demand, capacity, vehicle count, edge weight or time value: sums over 10,000 nodes stay
    /// below 1e13 and scaled times (x 10,000) below 1e13.
    public static let maxQuantity = 1e9
}
