// Which villages sit at a modelled position (not surveyed, not from a source table): the one place the map asks.
import RoadNetwork

/// Whether a node's position was modelled rather than surveyed or read from source data.
///
/// Today the network says so in tags: `position:modelled` (a township seat placed by the synthesis), and a
/// village or community without `position:vonng2016` (no source point; placed by the synthesis). When nodes
/// carry a `positionSource` field (surveyed | source-data | modelled), this function is the only one to change:
/// return `node.positionSource == .modelled`.
enum PositionSource {
    static func isModelled(_ node: Node) -> Bool {
        if node.tags.contains("position:modelled") { return true }
        return node.kind.isDemandPoint && !node.tags.contains("position:vonng2016") && !node.tags.contains("position:surveyed")
    }
}
