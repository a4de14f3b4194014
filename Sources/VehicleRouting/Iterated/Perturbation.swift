// The iterated local search's kick: remove a few neighbouring clients and put each back where it costs least.
import SolverControl

/// Removes between ``minimum`` and ``maximum`` clients around a random client U, route by route: U and its
/// neighbours on U's route first, then its neighbours on the next route among them, and so on (then the next
/// random client's, until enough are out). The iterated search gives it each client's 50 nearest
/// (``IteratedSearchParameters/perturbationNeighbours``), more than the local search's granular lists, for
/// what it takes and for where it puts them back. It reinserts them one by one, in random order, at the
/// cheapest place next to one of their neighbours or in an empty route, priced under the evaluator in force
/// (PyVRP 0.14's perturbation: a small ruin and a greedy recreate). The clients it touched, and the stops
/// either side of where they left and landed, are where the following local search looks.
///
/// Taking a neighbourhood route by route cuts a stretch out of one or two routes rather than one or two
/// clients out of each of many, so the reinsertion and the local search can rebuild that stretch. On the six
/// long-horizon Homberger instances (20-30 clients a route) where we trailed PyVRP most, 60-s runs ended
/// 0.2-1.9% cheaper than taking the neighbours in order of nearness; X and short-route instances moved within
/// their noise (docs/benchmarks/route-grouped-ruin.md, scale-broad.md).
struct Perturbation {
    let minimum: Int
    let maximum: Int
    private let neighbourhood: Neighbourhood
    private let firstClient: Int
    private let numClients: Int
    /// The first route slot of each group of slots with one vehicle type, and the end.
    private let groupStart: [Int]
    /// Per location: whether it is currently out of the routes.
    private var removed: [Bool]
    /// The clients out of the routes, in the order they were taken.
    private(set) var taken: [Int] = []
    private var touched: [Int] = []
    /// The current ruin's candidates (U and its neighbours still in a route) and the route of each; a
    /// route of -1 marks a candidate already taken.
    private var candidates: [Int] = []
    private var candidateRoutes: [Int] = []

    /// A perturbation of `minimum...maximum` clients over `neighbourhood`'s neighbours.
    init(data: ProblemData, neighbourhood: Neighbourhood, slotTypes: [Int], minimum: Int, maximum: Int) {
        self.minimum = max(1, min(minimum, data.numClients))
        self.maximum = max(self.minimum, min(maximum, data.numClients))
        self.neighbourhood = neighbourhood
        firstClient = data.numDepots
        numClients = data.numClients
        var starts = [0]
        for r in slotTypes.indices.dropFirst() where slotTypes[r] != slotTypes[r - 1] { starts.append(r) }
        starts.append(slotTypes.count)
        groupStart = starts
        removed = [Bool](repeating: false, count: data.numLocations)
    }

    /// Perturbs `s` in place; returns the locations the local search should start from.
    mutating func apply(to s: SearchSolution, random: inout SeededGenerator) -> [Int] {
        taken.removeAll(keepingCapacity: true)
        touched.removeAll(keepingCapacity: true)
        guard numClients > 0 else { return touched }
        let count = minimum + random.next(below: maximum - minimum + 1)
        while taken.count < count {
            ruin(around: firstClient + random.next(below: numClients), upTo: count, in: s)
        }
        random.shuffle(&taken)
        for u in taken { insertCheapest(u, into: s) }
        return touched
    }

    /// Takes `u` and its neighbours out of their routes, route by route in the order the routes first appear
    /// among them (U's first), each in order of nearness, until `count` clients are out in all.
    mutating func ruin(around u: Int, upTo count: Int, in s: SearchSolution) {
        candidates.removeAll(keepingCapacity: true)
        candidateRoutes.removeAll(keepingCapacity: true)
        if !removed[u] {
            candidates.append(u)
            candidateRoutes.append(s.position(of: u).route)
        }
        for k in neighbourhood.start[u]..<neighbourhood.start[u + 1] {
            let v = Int(neighbourhood.list[k])
            guard !removed[v] else { continue }
            candidates.append(v)
            candidateRoutes.append(s.position(of: v).route)
        }
        // Route slots do not change as clients leave them, so the routes noted above stay right.
        for i in candidates.indices where candidateRoutes[i] >= 0 {
            let route = candidateRoutes[i]
            for j in i..<candidates.count where candidateRoutes[j] == route {
                guard taken.count < count else { return }
                take(candidates[j], from: s)
                candidateRoutes[j] = -1
            }
        }
    }

    /// Takes client `u` out of its route (unless already out), noting its neighbours on the route.
    private mutating func take(_ u: Int, from s: SearchSolution) {
        guard !removed[u] else { return }
        let ref = s.position(of: u)
        touched.append(Int(s.location(ref.route, ref.index - 1)))
        touched.append(Int(s.location(ref.route, ref.index + 1)))
        var length = 0
        s.append(ref.route, 1, ref.index - 1, to: s.scratch, count: &length)
        s.append(ref.route, ref.index + 1, s.clientCount[ref.route], to: s.scratch, count: &length)
        s.setRoute(ref.route, from: s.scratch, count: length)
        removed[u] = true
        taken.append(u)
    }

    /// Puts `u` back at its cheapest place: right before or after a neighbour that is in a route, or alone in
    /// the first empty route of a vehicle type; the first cheapest in that order wins (deterministic).
    private mutating func insertCheapest(_ u: Int, into s: SearchSolution) {
        let start = neighbourhood.start
        let location = Int32(u)
        var best = StopRef(route: -1, index: 0)
        var bestDelta = Double.infinity
        func consider(_ ref: StopRef) {
            let delta = Perturbation.insertionDelta(location, after: ref, in: s)
            if delta < bestDelta {
                bestDelta = delta
                best = ref
            }
        }
        for k in start[u]..<start[u + 1] {
            let v = Int(neighbourhood.list[k])
            guard !removed[v] else { continue }
            let ref = s.position(of: v)
            consider(StopRef(route: ref.route, index: ref.index - 1))
            consider(ref)
        }
        for g in 0..<(groupStart.count - 1) {
            if let empty = s.firstEmptyRoute(in: groupStart[g]..<groupStart[g + 1]) {
                consider(StopRef(route: empty, index: 0))
            }
        }
        if best.route < 0 {
            // No neighbour in a route and no empty route: after the first client of the first used route.
            let route = (0..<s.numRoutes).first { s.clientCount[$0] > 0 } ?? 0
            best = StopRef(route: route, index: 0)
        }
        var length = 0
        s.append(best.route, 1, best.index, to: s.scratch, count: &length)
        s.scratch[length] = location
        length += 1
        s.append(best.route, best.index + 1, s.clientCount[best.route], to: s.scratch, count: &length)
        s.setRoute(best.route, from: s.scratch, count: length)
        removed[u] = false
        touched.append(u)
        let ref = s.position(of: u)
        touched.append(Int(s.location(ref.route, ref.index - 1)))
        touched.append(Int(s.location(ref.route, ref.index + 1)))
    }

    /// The change in penalised cost of putting client `location` (in no route) right after stop `ref`.
    static func insertionDelta(_ location: Int32, after ref: StopRef, in s: SearchSolution) -> Double {
        let route = ref.route
        let joined = s.join(s.before(route, ref.index), s.data.single(location), s.after(route, ref.index + 1))
        return s.cost(joined, on: route) - s.routeCost[route]
    }
}
