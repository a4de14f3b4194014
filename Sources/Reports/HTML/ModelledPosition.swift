// Which villages sit at a modelled position (not surveyed, not from a source table): the one place the map asks.
import RoadNetwork

/// Whether a node's position was modelled rather than surveyed or read from source data (``Node/position``:
/// the node's `positionSource`, or the format's default when the file predates the field).
enum ModelledPosition {
    static func isModelled(_ node: Node) -> Bool { node.position == .modelled }
}
