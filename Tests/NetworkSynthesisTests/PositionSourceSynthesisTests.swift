// Tests that synthesis says where every position comes from: data points are source-data, drawn ones modelled.
import RoadNetwork
import Testing

@testable import NetworkSynthesis

@Test func everySynthesizedNodeSaysWhereItsPositionComesFrom() throws {
    let network = try Fixtures.datong.get()
    #expect(network.nodes.allSatisfy { $0.positionSource != nil })
    let demand = network.nodes.filter { $0.kind == .village || $0.kind == .community }
    // Villages with a point from the source table carry its tag; every other village was drawn by the model.
    for node in demand {
        #expect((node.positionSource == .sourceData) == node.tags.contains("position:vonng2016"), "\(node.id)")
    }
    let seats = network.nodes.filter { $0.tags.contains("township-seat") }
    for node in seats {
        #expect((node.positionSource == .modelled) == node.tags.contains("position:modelled"), "\(node.id)")
    }
    #expect(demand.filter { $0.positionSource == .modelled }.count > demand.count / 2)
    #expect(network.nodes.filter { $0.kind == .countyCenter }.allSatisfy { $0.positionSource == .sourceData })
}
