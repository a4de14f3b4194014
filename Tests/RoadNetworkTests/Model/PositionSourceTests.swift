// Tests of the nodes' positionSource field: every format writes and reads it, absent means source-data, bad values are errors.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct PositionSourceTests {
    private func marked() throws -> Network {
        var network = try Samples.tinyNoRoads()
        network.nodes[0].positionSource = .surveyed
        network.nodes[1].positionSource = .modelled
        network.nodes[2].positionSource = .sourceData
        return network
    }

    @Test func everyFormatRoundTripsTheField() throws {
        let network = try marked()
        let json = try CanonicalJSON.decode(CanonicalJSON.encode(network), file: "n.json")
        let geo = try GeoJSONFormat.decode(GeoJSONFormat.encode(network), file: "n.geojson")
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, data) in CSVFormat.encode(network) { try data.write(to: URL(fileURLWithPath: folder + "/" + name)) }
        let csv = try CSVFormat.inspect(folder: folder).get()
        for read in [json, geo, csv] {
            #expect(read.nodes.map(\.positionSource) == network.nodes.map(\.positionSource))
        }
        #expect(
            String(decoding: CanonicalJSON.encode(network), as: UTF8.self).contains("\"positionSource\": \"modelled\""))
    }

    @Test func anAbsentFieldReadsAsSourceDataAndStaysAbsent() throws {
        let network = try Samples.tinyNoRoads()
        #expect(network.nodes.allSatisfy { $0.positionSource == nil && $0.position == .sourceData })
        #expect(!String(decoding: CanonicalJSON.encode(network), as: UTF8.self).contains("positionSource"))
        #expect(!String(decoding: CSVFormat.encode(network)["nodes.csv"]!, as: UTF8.self).contains("positionSource"))
    }

    @Test func anUnknownValueIsAnErrorNamingTheField() throws {
        var text = String(decoding: CanonicalJSON.encode(try marked()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"surveyed\"", with: "\"guessed\"")
        let found = CanonicalJSON.inspect(Data(text.utf8), file: "n.json")
        #expect(found.errors.count == 1)
        #expect(found.errors.first?.message.contains("unknown position source \"guessed\"") == true)
        #expect(found.errors.first?.location.description.contains("positionSource") == true)
    }
}
