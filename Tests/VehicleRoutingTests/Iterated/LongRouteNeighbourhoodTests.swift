// The iterated search widens its neighbourhood on long capacity-bound routes and keeps the shared size elsewhere.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct LongRouteNeighbourhoodTests {
    /// 100 random clients (about 1,050 parcels in all) with vans of `capacity`.
    private func day(capacity: Int) throws -> ProblemData {
        try TestSupport.randomData(clients: 100, capacity: capacity, seed: 7)
    }

    private func search(_ data: ProblemData) throws -> IteratedLocalSearch {
        var parameters = SolverParameters()
        parameters.seed = 1
        parameters.maxIterations = 200
        return try IteratedLocalSearch(data: data, parameters: parameters)
    }

    /// Solves with `search`, expects the verifier to accept the result at its claimed cost, and returns it.
    private func verified(_ search: IteratedLocalSearch) -> SolverResult {
        let result = search.solve(budget: TimeBudget(seconds: nil))
        let report = RouteVerifier.verify(result.solution, data: search.data, claimedCost: result.stats.cost)
        #expect(report.isFeasible && result.isFeasible, "\(report.violations)")
        #expect(
            result.solution.routes.flatMap(\.visits).sorted() == Array(search.data.numDepots..<search.data.numLocations)
        )
        return result
    }

    @Test(arguments: [(600, 40), (60, 20)])
    func longCapacityBoundRoutesGetTheWiderNeighbourhood(capacity: Int, granularity: Int) throws {
        // 600-parcel vans: two routes of about 50 clients (long); 60-parcel vans: about 18 of 5-6 (short).
        let search = try search(day(capacity: capacity))
        _ = verified(search)
        #expect(search.granularityInForce == granularity)
    }

    @Test func longRoutesWithTimeWindowsKeepTheSharedSize() throws {
        // The rich day's windows and shifts limit its routes besides capacity.
        let data = try TestSupport.richData(clients: 60, seed: 5)
        var iterated = IteratedSearchParameters()
        iterated.longRouteClients = 1
        var parameters = SolverParameters()
        parameters.maxIterations = 100
        let search = try IteratedLocalSearch(data: data, parameters: parameters, iterated: iterated)
        _ = verified(search)
        #expect(search.granularityInForce == parameters.granularity)
    }

    @Test func theWidenedSearchIsDeterministic() throws {
        // The wider neighbourhood is built mid-solve; the same seed must still give the same routes.
        let first = verified(try search(day(capacity: 600)))
        let second = verified(try search(day(capacity: 600)))
        #expect(first.solution == second.solution)
        #expect(first.stats.cost == second.stats.cost)
    }
}
