// The granular lists: symmetric for the local search, exactly the nearest for the perturbation.
import Testing

@testable import VehicleRouting

@Suite struct NeighbourhoodTests {
    /// Each client's list as locations.
    private func lists(_ n: Neighbourhood, _ data: ProblemData) -> [[Int]] {
        (0..<data.numLocations).map { u in (n.start[u]..<n.start[u + 1]).map { Int(n.list[$0]) } }
    }

    /// The clients other than `u` in order of d(u,v) + d(v,u), ties by location: the rule recomputed.
    private func nearest(_ u: Int, _ data: ProblemData) -> [Int] {
        (data.numDepots..<data.numLocations).filter { $0 != u }.sorted {
            let a = data.distances[u, $0] + data.distances[$0, u], b = data.distances[u, $1] + data.distances[$1, u]
            return a != b ? a < b : $0 < $1
        }
    }

    @Test func oneWayListsAreExactlyTheNearest() throws {
        let data = try TestSupport.randomData(clients: 40, asymmetric: true, seed: 3)
        let one = lists(Neighbourhood(data: data, granularity: 7, symmetric: false), data)
        #expect(one.prefix(data.numDepots).allSatisfy { $0.isEmpty })
        for u in data.numDepots..<data.numLocations {
            #expect(one[u] == Array(nearest(u, data).prefix(7)), "client \(u)")
        }
        // More neighbours asked for than there are other clients: all of them.
        let all = lists(Neighbourhood(data: data, granularity: 100, symmetric: false), data)
        #expect(all[data.numDepots] == nearest(data.numDepots, data))
    }

    @Test func symmetricListsHoldTheNearestBothWays() throws {
        let data = try TestSupport.randomData(clients: 40, asymmetric: true, seed: 3)
        let both = lists(Neighbourhood(data: data, granularity: 7), data)
        var grew = false
        for u in data.numDepots..<data.numLocations {
            #expect(Set(nearest(u, data).prefix(7)).isSubset(of: both[u]), "client \(u)")
            for v in both[u] { #expect(both[v].contains(u), "\(u) lists \(v) but not back") }
            #expect(Set(both[u]).count == both[u].count, "client \(u) listed twice")
            grew = grew || both[u].count > 7
        }
        // Otherwise the symmetric and one-way lists would not differ here, and the tests above would not tell
        // them apart.
        #expect(grew)
    }
}
