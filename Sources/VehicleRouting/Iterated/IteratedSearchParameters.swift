// The tunable parameters of the iterated local search, with PyVRP 0.14's defaults where it has one.

/// Parameters of ``IteratedLocalSearch`` beyond the shared ``SolverParameters`` (seed, iteration limit,
/// granularity, which it takes from there).
public struct IteratedSearchParameters: Sendable, Equatable {
    /// Fewest clients a perturbation removes and reinserts.
    public var minPerturbations = 1
    /// Most clients a perturbation removes and reinserts.
    public var maxPerturbations = 25
    /// How many of a client's nearest clients (by the neighbourhood's proximity, one way) a perturbation
    /// around it may take: PyVRP's 50, apart from the local search's granular neighbours. With the local
    /// search's 20 (about 28 once made symmetric), a ruin of up to 25 often ran out of one client's
    /// neighbours and went on around another at random; from the 50 nearest it takes one area's stretch of
    /// routes. In 60-s runs of 14 instances, 2-3 seeds each, the long-horizon Homberger instances' costs
    /// changed by -0.84% (RC2_8_2, 23 routes instead of 25-26) to +0.16%, -0.17% on average; the others by
    /// -0.21% to +0.16%; 平山县 at 9.94 s came to 0.38% above its 10-minute cost from 0.46%
    /// (docs/benchmarks/perturbation-neighbours.md).
    public var perturbationNeighbours = 50
    /// How many iterations back the late-acceptance rule compares with (Burke and Bykov 2017).
    public var historyLength = 300
    /// Iterations without a better solution before the search goes back to the best one.
    public var iterationsWithoutImprovement = 150_000
    /// Local-search results between two penalty updates.
    public var penaltyWindow = 500
    /// Target share of feasible local-search results (per constraint).
    public var targetFeasible = 0.65
    /// Penalty factor when too few results are feasible.
    public var penaltyIncrease = 1.5
    /// Penalty factor when too many results are feasible.
    public var penaltyDecrease = 0.9
    /// Whether each iteration's local search ends with SWAP* between the routes it changed (not in PyVRP),
    /// when routes are short (``longRouteClients``): on a county whose vans are nearly full, node moves alone
    /// rarely exchange clients between two full routes, and 2,500 iterations ended 1.70% above the 10-minute
    /// cost instead of 0.81%. SWAP* prices every pair of clients of two routes, so long routes pay for it in
    /// iterations (docs/benchmarks/county-ils.md).
    public var swapStarAround = true
    /// Routes are long when the first solution's average more clients than this: then SWAP* stays off and,
    /// where only capacity limits a route, the neighbourhood widens to ``longRouteGranularity``.
    public var longRouteClients = 30
    /// Granular neighbours per client on long routes that only capacity limits (``longRouteClients``), when
    /// more than the shared ``SolverParameters/granularity``. A client's 20 nearest then lie mostly on its own
    /// route, so node moves rarely reach another one, and SWAP* is too dear to: with 40, the rural days of
    /// 500-1,000 villages (about 42 a route) ended 0.2-2.0% cheaper in 60 s, none dearer; 50 (PyVRP's) was
    /// dearer at 1,000 (docs/benchmarks/rural-granularity.md). Elsewhere the shared size stays: 50 was
    /// 0.1-0.3% dearer on X and type-1 Homberger instances (short routes), 40 was 1.4% dearer on C2_4_1
    /// (long routes shaped by time windows).
    public var longRouteGranularity = 40
    /// How much heavier than the starting penalties the first local search weighs violations: the first
    /// solution should be feasible early, even on tight time windows.
    public var initialPenaltyFactor = 100.0

    /// Largest share of a run's iterations that fleet-reduction phases may take (``FleetReduction``; 0 turns
    /// them off). A phase starts only when it fits in what is left of this share, so a county's 2,500
    /// iterations never get one.
    public var fleetReductionShare = 0.15
    /// Iterations per client without a better solution before a fleet-reduction phase starts (8: the walk
    /// has settled; 4 gave the same rural days a little worse, docs/benchmarks/rural-trap.md).
    public var fleetReductionPatience = 8
    /// Iterations per client a fleet-reduction phase lasts.
    public var fleetReductionLength = 10
    /// The least average fill of the routes a fleet-reduction phase keeps: below it, capacity is not what
    /// holds the route count (time windows are), and no phase starts.
    public var fleetReductionFill = 0.8

    /// The defaults.
    public init() {}
}
