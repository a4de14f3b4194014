// Fleet reduction for the iterated search: a phase of the walk held to one route fewer than the best has.
import SolverControl

/// A way to fewer routes for ``IteratedLocalSearch``: route elimination (Nagata and Bräysy 2009, simplified
/// for capacity) followed by the walk itself on one route slot fewer.
///
/// On a day whose load nearly fills the vans, the walk settles at one route more than the best plan needs
/// and stays there: from a route slightly overloaded the repair needs a chain of moves, and the adaptive
/// load weight makes a further route the cheaper way out (docs/benchmarks/rural-trap.md). A phase breaks
/// that: it takes the best feasible solution with R routes, dissolves its lightest route, puts each of that
/// route's clients at its cheapest place in the other routes (overloading them), and then runs the walk's
/// own iterations (perturbation, restricted local search, acceptance, the adaptive weights) on a local
/// search that holds only those R - 1 route slots, so no move or reinsertion can reopen a route: the rising
/// load weight squeezes the excess out into the neighbours instead. Every result is priced as a solution
/// of the whole fleet, so a feasible one becomes the best when cheaper; the walk leaves the phase at the
/// best if the phase found a better one, or where it entered (a dearer solution with a route fewer would
/// set it back). The weights the phase raised stay: the walk then explores the feasible side for a while,
/// and restoring them was worse (docs/benchmarks/rural-trap.md).
///
/// Only days that might need fewer routes get a phase: capacity must be all that limits a route (no time
/// windows, shifts, duration or distance limits, cold chain: where they bind, they hold the route count, and
/// phases made the large Homberger instances worse), the best must have more routes than ``routesNeeded``,
/// the fewest whose capacities carry the day's load, and the routes kept must be nearly full
/// (``IteratedSearchParameters/fleetReductionFill``). Phases take at most
/// ``IteratedSearchParameters/fleetReductionShare`` of a run, so where one cannot help little is lost.
/// Everything random comes from the walk's generator. A step allocates what the walk's own iteration does
/// (the route arrays it passes between iterations) and copies them between the fleet's slots and the
/// phase's; the search itself allocates nothing.
struct FleetReduction {
    /// The fewest route slots whose capacities (largest first) hold the whole delivery and the whole pickup;
    /// a solution with this many routes is never reduced.
    let routesNeeded: Int
    private let data: ProblemData
    private let slotTypes: [Int]
    private let neighbourhood: Neighbourhood
    private let granularity: Int
    private let minPerturbations: Int
    private let maxPerturbations: Int
    /// Iterations without a better solution before a phase, iterations a phase lasts, the largest share of a
    /// run the phases may take, and the least average fill of the routes a phase keeps.
    private let patience: Int
    private let length: Int
    private let share: Double
    private let minimumFill: Double
    /// Whether capacity is all that limits a route (``ProblemData/onlyCapacityBindsRoutes``): phases only then.
    private let capacityBound: Bool
    /// Iterations the phases have taken so far.
    private var spent = 0
    /// The capped search and perturbation of the last phase, kept for the next phase with the same slot types.
    private var cappedTypes: [Int] = []
    private var search: LocalSearch?
    private var perturbation: Perturbation?
    /// The active phase's slots (indices into the fleet's slots, ascending), clients to insert on its first
    /// step, and steps left.
    private var slots: [Int] = []
    private var pool: [Int] = []
    private(set) var stepsLeft = 0

    /// Whether a phase is running.
    var isActive: Bool { stepsLeft > 0 }

    /// A reduction for `data` over the fleet's `slotTypes`; its phases perturb as the walk does, and are timed
    /// and sized by `iterated`'s fleet-reduction parameters (per client).
    init(
        data: ProblemData, slotTypes: [Int], neighbourhood: Neighbourhood, granularity: Int,
        iterated: IteratedSearchParameters
    ) {
        self.data = data
        self.slotTypes = slotTypes
        self.neighbourhood = neighbourhood
        self.granularity = granularity
        minPerturbations = iterated.minPerturbations
        maxPerturbations = iterated.maxPerturbations
        patience = iterated.fleetReductionPatience * data.numClients
        length = iterated.fleetReductionLength * data.numClients
        share = iterated.fleetReductionShare
        minimumFill = iterated.fleetReductionFill
        capacityBound = data.onlyCapacityBindsRoutes
        routesNeeded = FleetReduction.fewestRoutes(data: data, types: slotTypes)
    }

    /// The fewest of `types`' slots, largest capacities first, that hold the day's delivery and its pickup
    /// (`types.count + 1` when even all of them do not, so that nothing is ever reduced).
    static func fewestRoutes(data: ProblemData, types: [Int]) -> Int {
        let load = dayLoad(data)
        let capacities = types.map { data.vehicleTypes[$0].capacity }.sorted(by: >)
        var held = 0
        for (k, capacity) in capacities.enumerated() {
            if held >= load { return k }
            held += capacity
        }
        return held >= load ? capacities.count : capacities.count + 1
    }

    /// Starts a phase from `best` (routes by slot, feasible) when one is due: after ``patience`` iterations
    /// without a better solution, if a phase of ``length`` iterations fits in ``share`` of
    /// `plannedIterations`, and ``start(from:)`` finds a route to dissolve. Returns whether it started.
    mutating func startIfDue(
        from best: [[Int]], sinceImprovement: Int, plannedIterations: @autoclosure () -> Int
    ) -> Bool {
        guard !isActive, capacityBound, sinceImprovement >= patience,
            Double(spent + length) <= share * Double(plannedIterations())
        else { return false }
        return start(from: best)
    }

    /// Starts a phase of ``length`` walk iterations from `best` (routes by slot, feasible): dissolves its
    /// lightest route (the first such slot on ties). Returns `false`, and starts nothing, when more than
    /// capacity limits a route, when the best already has no more routes than ``routesNeeded``, or when the
    /// other routes could not carry the day's load or would carry it at less than ``minimumFill`` of their
    /// capacity on average (then capacity is not what holds the route count, and a route fewer is rarely
    /// cheaper).
    mutating func start(from best: [[Int]]) -> Bool {
        let used = best.indices.filter { !best[$0].isEmpty }
        guard capacityBound, length > 0, used.count > routesNeeded, used.count > 1 else { return false }
        let data = self.data
        let load = { (r: Int) in best[r].reduce(0) { $0 + FleetReduction.load(of: data.client(at: $1)) } }
        let dissolved = used.min { load($0) != load($1) ? load($0) < load($1) : $0 < $1 }!
        let kept = used.filter { $0 != dissolved }
        let capacity = kept.reduce(0) { $0 + data.vehicleTypes[slotTypes[$1]].capacity }
        let total = FleetReduction.dayLoad(data)
        guard total <= capacity && Double(total) >= minimumFill * Double(capacity) else { return false }
        slots = kept
        pool = best[dissolved]
        stepsLeft = length
        let types = kept.map { slotTypes[$0] }
        if search == nil || cappedTypes != types {
            cappedTypes = types
            search = LocalSearch(
                data: data, vehicleTypeOfRoute: types, neighbourhood: neighbourhood, granularity: granularity)
            perturbation = Perturbation(
                data: data, neighbourhood: neighbourhood, slotTypes: types, minimum: minPerturbations,
                maximum: maxPerturbations)
        }
        return true
    }

    /// What a client weighs in a van: the larger of its delivery and its pickup (as the fleet is sized).
    private static func load(of client: Client) -> Int { max(client.delivery, client.pickup) }

    /// The day's load the fleet must carry: all deliveries, or all pickups if they weigh more.
    static func dayLoad(_ data: ProblemData) -> Int {
        max(data.totalDelivery, data.clients.reduce(0) { $0 + $1.pickup })
    }

    /// Ends any phase and forgets the iterations spent (a new run).
    mutating func reset() {
        stepsLeft = 0
        pool = []
        spent = 0
    }

    /// One walk iteration of the phase: `routes` (by fleet slot, only the phase's slots used, or the best
    /// the phase started from on its first step) perturbed and searched around on the phase's slots; the
    /// first step inserts the dissolved route's clients instead of a random perturbation.
    mutating func step(
        _ routes: [[Int]], evaluator: CostEvaluator, swapStar: Bool, random: inout SeededGenerator
    ) -> [[Int]] {
        precondition(isActive, "no fleet-reduction phase is running")
        stepsLeft -= 1
        spent += 1
        let inserting = pool
        pool = []
        let search = self.search!
        let result = search.runAround(
            compressed(routes), evaluator: evaluator, swapStar: swapStar, random: &random
        ) { solution, random in
            if inserting.isEmpty { return perturbation!.apply(to: solution, random: &random) }
            return FleetReduction.insertCheapest(inserting, into: solution, random: &random)
        }
        return expanded(result)
    }

    /// A full local search (node moves and SWAP*) of `routes` on the phase's slots: the walk's search of a
    /// new best, which must not reopen the dissolved route.
    func fullSearch(_ routes: [[Int]], evaluator: CostEvaluator, random: inout SeededGenerator) -> [[Int]] {
        expanded(search!.run(compressed(routes), evaluator: evaluator, random: &random))
    }

    /// The phase's slots of `routes`, in order.
    private func compressed(_ routes: [[Int]]) -> [[Int]] { slots.map { routes[$0] } }

    /// Routes on the phase's slots laid out by fleet slot (the others empty).
    private func expanded(_ routes: [[Int]]) -> [[Int]] {
        var fleet = [[Int]](repeating: [], count: slotTypes.count)
        for (k, slot) in slots.enumerated() { fleet[slot] = routes[k] }
        return fleet
    }

    /// Puts each of `clients` (in no route; random order) at its cheapest place in any route of `s`, priced
    /// under the evaluator in force (overload allowed), and returns the stops the search should look at.
    /// Every position is priced, not only the ones next to a neighbour: it runs once a phase.
    static func insertCheapest(_ clients: [Int], into s: SearchSolution, random: inout SeededGenerator) -> [Int] {
        var order = clients
        random.shuffle(&order)
        var touched: [Int] = []
        for u in order {
            var best = StopRef(route: 0, index: 0)
            var bestDelta = Double.infinity
            for r in 0..<s.numRoutes {
                for index in 0...s.clientCount[r] {
                    let ref = StopRef(route: r, index: index)
                    let delta = Perturbation.insertionDelta(Int32(u), after: ref, in: s)
                    if delta < bestDelta {
                        bestDelta = delta
                        best = ref
                    }
                }
            }
            var length = 0
            s.append(best.route, 1, best.index, to: s.scratch, count: &length)
            s.scratch[length] = Int32(u)
            length += 1
            s.append(best.route, best.index + 1, s.clientCount[best.route], to: s.scratch, count: &length)
            s.setRoute(best.route, from: s.scratch, count: length)
            let ref = s.position(of: u)
            touched += [u, Int(s.location(ref.route, ref.index - 1)), Int(s.location(ref.route, ref.index + 1))]
        }
        return touched
    }
}
