// Granular neighbourhoods: for each client, the few clients close enough that a move between them may pay.

/// For each client, its Γ nearest clients, made symmetric for the local search (Toth and Vigo's granular
/// search, as in HGS).
///
/// The local search only tries moves between a client and its neighbours, which keeps a pass linear in the
/// number of clients; symmetry makes sure that if V is tried from U, U is also tried from V.
struct Neighbourhood {
    /// Where each location's neighbours start in ``list`` (depots have none).
    let start: [Int]
    /// All neighbour lists, one after another.
    let list: [Int32]

    /// The `granularity` nearest clients of every client, symmetrised unless `symmetric` is false (then each
    /// list is exactly a client's nearest, as the iterated search's perturbation takes them). Lists run
    /// nearest first. Nearness is d(u,v) + d(v,u) (ties by location); with time windows it is the smaller of
    /// the two directed proximities of Vidal et al. (2013) as PyVRP weighs them: distance + 0.2 × the waiting
    /// that going from one to the other cannot avoid + 1 × the lateness it cannot avoid, so clients whose
    /// windows do not fit together are not neighbours.
    init(data: ProblemData, granularity: Int, symmetric: Bool = true) {
        let n = data.numLocations, first = data.numDepots
        let matrix = Neighbourhood.proximity(data)
        var sets = [[Int32]](repeating: [], count: n)
        let k = min(granularity, max(0, data.numClients - 1))
        var candidates: [(Int, Int32)] = []
        candidates.reserveCapacity(data.numClients)
        for u in first..<n {
            candidates.removeAll(keepingCapacity: true)
            for v in first..<n where v != u {
                candidates.append((matrix[u, v] + matrix[v, u], Int32(v)))
            }
            candidates.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for (_, v) in candidates.prefix(k) {
                sets[u].append(v)
                if symmetric { sets[Int(v)].append(Int32(u)) }
            }
        }
        var start = [Int](repeating: 0, count: n + 1)
        var list: [Int32] = []
        for u in 0..<n {
            start[u] = list.count
            var neighbours = sets[u]
            neighbours.sort {
                let a = matrix[u, Int($0)] + matrix[Int($0), u], b = matrix[u, Int($1)] + matrix[Int($1), u]
                return a != b ? a < b : $0 < $1
            }
            var previous: Int32 = -1
            for v in neighbours where v != previous {
                list.append(v)
                previous = v
            }
        }
        start[n] = list.count
        self.start = start
        self.list = list
    }

    /// Symmetric proximity between locations (d(u,v) + d(v,u) without time windows), scaled by 10 to keep the
    /// weights exact in integers.
    private static func proximity(_ data: ProblemData) -> Matrix {
        let n = data.numLocations, first = data.numDepots
        var result = Matrix(size: n)
        let timed = data.clients.contains { $0.hasTimeWindow }
        for u in first..<n {
            for v in first..<n where v != u {
                if !timed {
                    result[u, v] = 10 * (data.distances[u, v] + data.distances[v, u])
                    continue
                }
                func directed(_ a: Int, _ b: Int) -> Int {
                    let from = data.client(at: a), to = data.client(at: b)
                    let travel = data.durations[a, b] + from.serviceDuration
                    let latestA = min(from.latestStart, DurationSegment.unbounded)
                    let wait = max(0, to.earliestStart - travel - latestA)
                    let late = max(0, from.earliestStart + travel - min(to.latestStart, DurationSegment.unbounded))
                    return 10 * data.distances[a, b] + 2 * wait + 10 * late
                }
                result[u, v] = min(directed(u, v), directed(v, u))
            }
        }
        return result
    }
}
