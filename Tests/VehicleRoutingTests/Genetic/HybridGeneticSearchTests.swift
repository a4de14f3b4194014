// Tests of the solver: optima of small instances, determinism, the fleet cap, budgets and unsupported data.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct HybridGeneticSearchTests {
    private func solve(
        _ data: ProblemData, iterations: Int, seed: UInt64 = 1, childRoutes: ChildRoutes = .fleet
    ) throws -> SolverResult {
        var parameters = SolverParameters()
        parameters.seed = seed
        parameters.maxIterations = iterations
        parameters.childRoutes = childRoutes
        return try HybridGeneticSearch(data: data, parameters: parameters).solve(budget: TimeBudget(seconds: nil))
    }

    @Test(
        arguments: [("E-n13-k4", 4, 247), ("E-n22-k4", 4, 375), ("A-n32-k5", 5, 784)], ChildRoutes.allCases)
    func reachesTheOptimum(instance: (name: String, vehicles: Int, optimum: Int), childRoutes: ChildRoutes) throws {
        let (name, vehicles, optimum) = instance
        let data = try TestSupport.capped(try TestSupport.instance(name), vehicles)
        let result = try solve(data, iterations: 300, childRoutes: childRoutes)
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(report.isFeasible, "\(report.violations)")
        #expect(result.isFeasible)
        #expect(result.stats.cost == optimum)
        #expect(result.solution.routes.count <= vehicles)
        #expect(result.stopReason == .iterationLimit)
    }

    @Test func aChildIsCutIntoAtMostItsParentsRoutesOrTheLoadBound() throws {
        // 30 clients, the load bound k vans; an unlimited fleet has more slots than k + 2.
        let data = try TestSupport.randomData(clients: 30, capacity: 90, seed: 8)
        let k = (data.totalDelivery + 89) / 90
        func search(_ rule: ChildRoutes) throws -> HybridGeneticSearch {
            var parameters = SolverParameters()
            parameters.childRoutes = rule
            return try HybridGeneticSearch(data: data, parameters: parameters)
        }
        let evaluator = PenaltyManager.initialEvaluator(data: data)
        func parent(routes: Int) -> Individual {
            let slots = (0..<routes).map { r in (1...30).filter { $0 % routes == r } }
            return Individual(
                routes: slots, slotTypes: [Int](repeating: 0, count: routes), data: data, evaluator: evaluator)
        }
        let byParent = try search(.parent), byFleet = try search(.fleet)
        #expect(byParent.childRouteLimit(first: parent(routes: 1)) == k, "a parent of one route: the load bound")
        #expect(byParent.childRouteLimit(first: parent(routes: k + 2)) == k + 2, "more routes: the parent's")
        #expect(byFleet.childRouteLimit(first: parent(routes: 1)) > k + 2, "every slot of the unlimited fleet")
    }

    @Test func theLoadBoundIsTheCeilingOfDeliveryOverCapacity() throws {
        let data = try TestSupport.randomData(clients: 30, capacity: 90, seed: 8)
        let total = data.clients.reduce(0) { $0 + $1.delivery }
        #expect(data.loadBoundRoutes(capacity: 90) == (total + 89) / 90)
        #expect(data.loadBoundRoutes(capacity: total) == 1, "exactly full: one route")
        #expect(data.loadBoundRoutes(capacity: total - 1) == 2, "one unit over: two")
        #expect(data.loadBoundRoutes(capacity: 0) == 0, "no capacity: no bound, not a division by zero")
    }

    @Test func sameSeedGivesTheSameRoutes() throws {
        let data = try TestSupport.randomData(clients: 50, capacity: 70, seed: 4)
        let a = try solve(data, iterations: 150, seed: 11)
        let b = try solve(data, iterations: 150, seed: 11)
        #expect(a.solution == b.solution)
        #expect(a.iterations == 150)
    }

    @Test func respectsATightFleetCap() throws {
        // The cap is the load bound: no plan uses fewer vans, and the uncapped search finds a feasible plan with
        // exactly that many, so a feasible plan within the cap exists. Both results infeasible must fail, so
        // feasibility is required, not just agreement with the verifier.
        let data = try TestSupport.randomData(clients: 30, capacity: 90, seed: 8)
        let k = (data.totalDelivery + 89) / 90
        let free = try solve(data, iterations: 200)
        #expect(free.isFeasible && free.solution.routes.count == k, "a feasible plan with \(k) vans exists")
        let capped = try data.replacing(vehicleTypes: [VehicleType(capacity: 90, count: k)])
        let result = try solve(capped, iterations: 200)
        let report = RouteVerifier.verify(result.solution, data: capped, claimedCost: result.stats.cost)
        #expect(result.isFeasible)
        #expect(report.isFeasible, "\(report.violations)")
        #expect(result.solution.routes.count <= k)
    }

    @Test func anExhaustedBudgetStillReturnsASolution() throws {
        let data = try TestSupport.randomData(clients: 25, seed: 2)
        let token = CancellationToken()
        token.cancel()
        let result = try HybridGeneticSearch(data: data).solve(budget: TimeBudget(seconds: nil, cancellation: token))
        #expect(result.stopReason == .cancelled)
        #expect(result.solution.routes.flatMap(\.visits).sorted() == Array(1...25))
    }

    @Test func handlesEveryFeatureOfTheModel() throws {
        // Two depots, pickups, time windows, service times, cold chain, fixed, distance and duration costs,
        // shift, duration and distance limits: solved, and the verifier agrees with every claim.
        let data = try TestSupport.richData(clients: 12, seed: 1)
        #expect(data.unsupportedFeatures.isEmpty)
        #expect(!data.richFeatures.isEmpty)
        let result = try solve(data, iterations: 300)
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(result.isFeasible)
        #expect(report.isFeasible, "\(report.violations)")
        #expect(result.solution.routes.flatMap(\.visits).sorted() == Array(data.numDepots..<(data.numDepots + 12)))
        #expect(Set(result.solution.routes.map(\.vehicleType)).count == 2, "both van types and depots are used")
    }

    @Test func unlimitedFleetHasEnoughSlotsForAwkwardDemands() throws {
        // Every client takes 51% of a vehicle: each needs its own route, far above 1.3 × the load bound.
        let data = try ProblemData(
            depots: [Depot()], clients: (0..<40).map { _ in Client(delivery: 51) },
            vehicleTypes: [VehicleType(capacity: 100)], distances: Matrix(size: 41))
        #expect(HybridGeneticSearch.unlimitedSlots(data: data, capacity: 100) >= 40)
        #expect(try solve(data, iterations: 5).isFeasible)
    }

    @Test func pickupsSizeTheUnlimitedFleetToo() throws {
        // A postal run: nothing delivered, 51% of a van collected at every stop.
        let data = try ProblemData(
            depots: [Depot()], clients: (0..<40).map { _ in Client(delivery: 0, pickup: 51) },
            vehicleTypes: [VehicleType(capacity: 100)], distances: Matrix(size: 41))
        #expect(HybridGeneticSearch.unlimitedSlots(data: data, capacity: 100) >= 40)
    }

    @Test func aSearchStoppedAtOnceIsFeasibleUnderShiftLimits() throws {
        // Light loads fit 4 vans, but a 150-unit day needs far more routes: the fleet is sized by the strict
        // split, and the nearest-neighbour start is feasible before any local search.
        let loose = try TestSupport.randomData(clients: 200, capacity: 10_000, seed: 3)
        let data = try loose.replacing(vehicleTypes: [VehicleType(capacity: 10_000, maxDuration: 150)])
        #expect(HybridGeneticSearch.unlimitedSlots(data: data, capacity: 10_000) < 10)
        let tour = ConstructiveStart.nearestNeighbourTour(data: data)
        #expect(
            try HybridGeneticSearch.routeSlots(data: data, greedyTour: tour).count
                >= 2 * HybridGeneticSearch.strictSplitRoutes(data: data, tour: tour))
        let token = CancellationToken()
        token.cancel()
        let result = try HybridGeneticSearch(data: data).solve(budget: TimeBudget(seconds: nil, cancellation: token))
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        #expect(result.isFeasible)
        #expect(report.isFeasible, "\(report.violations)")
    }
}
