// One test per validation check, each asserting the issue's kind, severity and location.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct NetworkValidatorTests {
    /// Validates `network` after `change`, expecting exactly the issues of `kind`.
    private func issues(_ kind: IssueKind, _ change: (inout Network) -> Void) throws -> [ValidationIssue] {
        var network = try Samples.tinyRoads()
        change(&network)
        return NetworkValidator.validate(network).of(kind)
    }

    @Test func theSamplesAreClean() throws {
        #expect(NetworkValidator.validate(try Samples.tinyRoads()).isEmpty)
        #expect(NetworkValidator.validate(try Samples.tinyNoRoads()).isEmpty)
    }

    @Test func duplicateNodeIDs() throws {
        let found = try issues(.duplicateID) { $0.nodes[4].id = "v1" }
        #expect(found.count == 1)
        #expect(found[0].location.path == "nodes[4].id" && found[0].message.contains("nodes[2]"))
    }

    @Test func duplicateCarriersAndCounties() throws {
        let found = try issues(.duplicateID) {
            $0.carriers[2].id = "sf"; $0.counties[1].code = "140221"
        }
        #expect(found.map { $0.location.path } == ["carriers[2].id", "counties[1].code"])
    }

    @Test func emptyIDsAndTagsThatCSVCannotHold() throws {
        let found = try issues(.badID) {
            $0.nodes[1].id = ""; $0.nodes[5].tags = ["bus;station"]
        }
        #expect(found.map { $0.location.path } == ["nodes[1].id", "nodes[5].tags"])
    }

    @Test func edgesToUnknownNodes() throws {
        let found = try issues(.unknownNode) {
            $0.edges[3].to = "nowhere"; $0.edges[5].from = "ghost"
        }
        #expect(found.map { $0.location.path } == ["edges[3].to", "edges[5].from"])
        #expect(found[0].severity == .error && found[0].message.contains("nowhere"))
    }

    @Test func selfLoops() throws {
        let found = try issues(.selfLoop) { $0.edges[0].to = "cc1" }
        #expect(found.map { $0.location.path } == ["edges[0].to"])
    }

    @Test func nonFiniteNumbers() throws {
        let found = try issues(.nonFinite) {
            $0.nodes[2].population = .nan; $0.edges[1].km = .infinity; $0.nodes[3].lon = .nan
        }
        #expect(found.map { $0.location.path } == ["nodes[2].population", "nodes[3].lon", "edges[1].km"])
    }

    @Test(arguments: [
        "population", "parcels.sf", "pickups.perDay", "serviceMinutes", "site.fixedCost",
        "site.capacity", "timeWindow.close",
    ])
    func negativeNodeQuantities(field: String) throws {
        let found = try issues(.negative) {
            switch field {
            case "population": $0.nodes[1].population = -1
            case "parcels.sf": $0.nodes[1].parcels["sf"] = -2
            case "pickups.perDay": $0.nodes[1].pickups = Pickups(perDay: -3)
            case "serviceMinutes": $0.nodes[1].serviceMinutes = -4
            case "site.fixedCost": $0.nodes[1].site = SiteInfo(fixedCost: -5)
            case "site.capacity": $0.nodes[1].site = SiteInfo(capacity: -6)
            default: $0.nodes[1].timeWindow = TimeWindow(open: -10, close: -7)
            }
        }
        #expect(found.contains { $0.location.path == "nodes[1].\(field)" && $0.severity == .error })
    }

    @Test func negativeRoadNumbersAndZeroSpeed() throws {
        let found = try issues(.negative) {
            $0.edges[0].km = -1; $0.edges[0].minutes = -2; $0.edges[1].speedKmh = 0; $0.distance.speedKmh = -40
        }
        #expect(
            found.map { $0.location.path } == [
                "distance.speedKmh", "edges[0].km", "edges[0].minutes", "edges[1].speedKmh",
            ])
    }

    @Test func coordinatesOutOfRange() throws {
        let found = try issues(.coordinates) {
            $0.nodes[0].lat = 95; $0.nodes[6].lon = -181
        }
        #expect(found.map { $0.location.path } == ["nodes[0].lat", "nodes[6].lon"])
    }

    @Test func demandPointsWithoutCounty() throws {
        let found = try issues(.noCounty) {
            $0.nodes[3].county = nil; $0.nodes[5].county = nil
        }
        // nodes[5] is a candidate site, which needs no county.
        #expect(found.map { $0.location.path } == ["nodes[3].county"])
    }

    @Test func unknownCountyIsAWarning() throws {
        let found = try issues(.unknownCounty) { $0.nodes[3].county = "999999" }
        #expect(found.map { $0.location.path } == ["nodes[3].county"] && found[0].severity == .warning)
    }

    @Test func parcelsAndDepotsOfUnknownCarriers() throws {
        let found = try issues(.unknownCarrier) {
            $0.nodes[2].parcels["jd"] = 3
            $0.nodes[7].carrier = "dhl"
        }
        #expect(found.map { $0.location.path } == ["nodes[2].parcels.jd", "nodes[7].carrier"])
        let missing = try issues(.unknownCarrier) { $0.nodes[7].carrier = nil }
        #expect(missing.map { $0.location.path } == ["nodes[7].carrier"])
    }

    @Test func timeWindowsThatOpenAfterTheyClose() throws {
        let found = try issues(.timeWindow) { $0.nodes[1].timeWindow = TimeWindow(open: 900, close: 600) }
        #expect(found.map { $0.location.path } == ["nodes[1].timeWindow.open"])
    }

    @Test func unreachableNodesAreErrorsWhenRoadsAreComplete() throws {
        // Dropping the only road to v3 strands it; making cs1's road one-way strands cs1 in one direction.
        let found = try issues(.unreachable) {
            $0.edges.remove(at: 4)
            $0.edges[3].oneWay = true
        }
        #expect(found.map { $0.location.path } == ["nodes[4]", "nodes[5]"])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func unreachableNodesAreOneWarningWhenRoadsArePartial() throws {
        let found = try issues(.unreachable) {
            $0.edges.remove(at: 4); $0.distance.roads = .partial
        }
        #expect(found.count == 1 && found[0].severity == .warning && found[0].message.contains("\"v3\""))
        #expect(found[0].location.path == "distance.roads")
    }

    @Test func reachabilityIsNotCheckedWithoutRoads() throws {
        let network = try Samples.tinyNoRoads()
        #expect(NetworkValidator.validate(network).of(.unreachable).isEmpty)
        let ignored = try issues(.inconsistent) { $0.distance.roads = .none }
        #expect(ignored.map { $0.location.path } == ["distance.roads"] && ignored[0].severity == .warning)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        var network = try Samples.tinyRoads()
        network.nodes[0].lat = 91
        network.nodes[1].population = -1
        network.edges[2].to = "nowhere"
        network.nodes[4].parcels["dhl"] = 1
        let kinds = NetworkValidator.validate(network).map(\.kind)
        #expect(Set(kinds).isSuperset(of: [.coordinates, .negative, .unknownNode, .unknownCarrier]))
    }
}
