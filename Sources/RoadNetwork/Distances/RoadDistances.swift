// Travel distance and time between nodes: by road where the network has roads, else by the great-circle fallback.
import Dispatch
import Foundation

/// Distances and times between the nodes of one network.
///
/// - `roads: none`: every pair uses the fallback, great-circle km x ``circuity``, driven at ``speedKmh``.
/// - `partial` and `complete`: a pair joined by a road path uses the road path (the fastest one by default,
///   see ``metric``); a pair with no road path uses the fallback. For a valid `complete` network every pair
///   has a road path, because validation rejects nodes the roads do not reach.
///
/// - `osm` and `matrix` sources (``DistanceSource``): the network's ``DistancePairs`` give each pair; a pair
///   they lack uses the fallback and is logged (``DistancePairs/fallbackWarnings()``); `edges` are not used.
///
/// The fallback is applied pair by pair rather than by snapping unrouted nodes to the nearest road node:
/// it is simple to state and to check, and it never invents a road that the data does not have.
public struct RoadDistances: Sendable {
    /// The road graph, or nil when the network's roads are `none`.
    public let graph: RoadGraph?
    /// Road km per great-circle km for the fallback (from the network; settable).
    public var circuity: Double
    /// Speed of the fallback in km/h (from the network; settable).
    public var speedKmh: Double
    /// What road paths minimise.
    public var metric: RoadMetric
    /// Where the distances come from (`great-circle` also when an `osm`/`matrix` network lacks its pairs).
    public let source: DistanceSource
    private let lon: [Double]
    private let lat: [Double]
    /// The imported pairs, and each node's index into their ids (-1: the pairs never name it).
    private let pairs: DistancePairs?
    private let pairIndex: [Int32]
    private let nodeIDs: [String]

    /// Prepares distances for `network`; builds the road graph once.
    public init(network: Network, metric: RoadMetric = .minutes) {
        pairs = network.distance.source.usesPairsFile ? network.distance.pairs : nil
        source = pairs == nil ? .greatCircle : network.distance.source
        graph =
            pairs != nil || network.distance.roads == .none || network.edges.isEmpty ? nil : RoadGraph(network: network)
        circuity = network.distance.circuity
        speedKmh = network.distance.speedKmh
        self.metric = metric
        lon = network.nodes.map(\.lon)
        lat = network.nodes.map(\.lat)
        nodeIDs = network.nodes.map(\.id)
        if let pairs {
            var position: [String: Int32] = [:]
            for (i, id) in pairs.ids.enumerated() { position[id] = Int32(i) }
            pairIndex = network.nodes.map { position[$0.id] ?? -1 }
        } else {
            pairIndex = []
        }
    }

    /// SHA-256 of the pairs file the distances come from, if any.
    public var sourceSHA256: String? { pairs?.sha256 }

    /// Warnings for pairs the source lacked so far (empty for `great-circle`).
    public func fallbackWarnings() -> [String] { pairs?.fallbackWarnings() ?? [] }

    /// Fallback km between nodes `a` and `b`: great-circle x circuity.
    public func fallbackKm(_ a: Int, _ b: Int) -> Double {
        greatCircleKm(lon1: lon[a], lat1: lat[a], lon2: lon[b], lat2: lat[b]) * circuity
    }

    /// Minutes for `km` of fallback distance.
    public func fallbackMinutes(km: Double) -> Double { km / speedKmh * 60 }

    /// Kilometres and minutes from every node of `sources` to every node of `targets` (node indices).
    ///
    /// Road searches run on all cores, rows dealt round-robin, each worker with its own buffers. Indices must be
    /// node indices of the network (`0..<nodes.count`).
    /// - Complexity: one Dijkstra per source that stops once all targets are settled.
    public func matrix(from sources: [Int], to targets: [Int]) -> TravelMatrix {
        precondition((sources + targets).allSatisfy { lon.indices.contains($0) }, "matrix: node index out of range")
        let cols = targets.count
        var km = [Double](repeating: 0, count: sources.count * cols)
        var minutes = [Double](repeating: 0, count: sources.count * cols)
        if let pairs {
            for (r, s) in sources.enumerated() {
                for (c, t) in targets.enumerated() where s != t {
                    if let p = pairs.find(pairIndex[s], pairIndex[t]) {
                        km[r * cols + c] = pairs.km(at: p)
                        minutes[r * cols + c] = pairs.minutes(at: p)
                    } else {
                        pairs.recordMissing(nodeIDs[s], nodeIDs[t])
                        let d = fallbackKm(s, t)
                        km[r * cols + c] = d
                        minutes[r * cols + c] = fallbackMinutes(km: d)
                    }
                }
            }
            return TravelMatrix(rows: sources.count, cols: cols, km: km, minutes: minutes)
        }
        guard let graph else {
            for (r, s) in sources.enumerated() {
                for (c, t) in targets.enumerated() where s != t {
                    let d = fallbackKm(s, t)
                    km[r * cols + c] = d
                    minutes[r * cols + c] = fallbackMinutes(km: d)
                }
            }
            return TravelMatrix(rows: sources.count, cols: cols, km: km, minutes: minutes)
        }
        let workers = max(1, min(sources.count, ProcessInfo.processInfo.activeProcessorCount))
        km.withUnsafeMutableBufferPointer { kmOut in
            minutes.withUnsafeMutableBufferPointer { minutesOut in
                let kmBase = UnsafeSendable(kmOut), minutesBase = UnsafeSendable(minutesOut)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var search = ShortestPathSearch(graph: graph, metric: metric)
                    // Rows are dealt round-robin so slow and fast sources spread over the workers.
                    for r in stride(from: worker, to: sources.count, by: workers) {
                        fillRow(
                            r, source: sources[r], targets: targets, search: &search,
                            km: kmBase.value, minutes: minutesBase.value)
                    }
                }
            }
        }
        return TravelMatrix(rows: sources.count, cols: cols, km: km, minutes: minutes)
    }

    private func fillRow(
        _ r: Int, source: Int, targets: [Int], search: inout ShortestPathSearch,
        km: UnsafeMutableBufferPointer<Double>, minutes: UnsafeMutableBufferPointer<Double>
    ) {
        search.run(from: source, targets: targets)
        let base = r * targets.count
        for (c, t) in targets.enumerated() {
            if search.reached(t) {
                km[base + c] = search.km(to: t)
                minutes[base + c] = search.minutes(to: t)
            } else {
                let d = fallbackKm(source, t)
                km[base + c] = d
                minutes[base + c] = fallbackMinutes(km: d)
            }
        }
    }
}

/// A buffer pointer handed to concurrent workers that write disjoint rows.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
