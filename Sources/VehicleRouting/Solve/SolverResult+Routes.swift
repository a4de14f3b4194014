// Building a search's result from its chosen routes: the solution, its stats, and trips chained into days.
import SolverControl

extension SolverResult {
    /// The result of a search that chose `routes` (each on route slot `slots[k]`, of vehicle type
    /// `slotTypes[slot]`; `nil` when it found nothing), after `iterations` iterations (and `seeds` seed searches) within `budget`.
    ///
    /// With several trips a day, the routes are chained into vehicle-days (``TripChaining``) and the result
    /// is feasible only if those fit the fleet.
    init(
        routes: [[Int]]?, slots: [Int], slotTypes: [Int], isFeasible: Bool, data: ProblemData, iterations: Int,
        seeds: Int = 0, budget: TimeBudget, stopReason: StopReason
    ) {
        let solution = Solution(
            routes: zip(routes ?? [], slots).map { Route(vehicleType: slotTypes[$0.1], visits: $0.0) })
        var feasible = routes == nil ? data.numClients == 0 : isFeasible
        var trips: TripPlan?
        if data.vehicleTypes.contains(where: { $0.maxTrips > 1 }) {
            let plan = TripChaining.chain(solution, data: data)
            feasible = feasible && plan.fitsFleet
            trips = plan
        }
        self.init(
            solution: solution, stats: SolutionStats(solution, data: data), isFeasible: feasible, trips: trips,
            iterations: iterations, seeds: seeds, seconds: budget.elapsed, stopReason: stopReason)
    }
}
