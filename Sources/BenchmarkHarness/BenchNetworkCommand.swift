// `hubplan-bench network`: one-to-all Dijkstra on a 100k-node road grid and a 2,000 x 2,000 travel matrix.
import ArgumentParser
import Dispatch
import Foundation
import HubPlanCommands
import RoadNetwork
import SolverControl

/// Times shortest paths and travel matrices on synthetic road grids; prints a table and writes
/// out/bench/network.csv.
struct BenchNetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Time one-to-all shortest paths and travel matrices on synthetic road grids.",
        discussion: """
            The graphs are planar road grids (SyntheticNetwork.grid): each village joined to its east and south \
            neighbours and one diagonal, about 3 roads per village, lengths 1.0-1.4 x the straight line, speeds \
            30/50/80 km/h. Targets (release build): one-to-all on 100k nodes and 300k roads in at most 50 ms; a \
            2,000 x 2,000 matrix in at most 2 s on 2 cores, measured on prefecture-sized road graphs (Datong's \
            network has 1,970 places; --matrix-graphs lists the graph sizes, the 2,000 nodes are drawn from \
            each). Wall time and CPU time (all threads) are both reported: on a shared machine the CPU time is \
            the better estimate of the quiet-machine cost. Build with `swift build -c release`.

            Example:
              hubplan-bench network
              hubplan-bench network --matrix-graphs 5000,20000,100000 --searches 50
            """
    )

    @Option(help: "Nodes of the one-to-all graph.")
    var nodes = 100_000

    @Option(help: "One-to-all searches to time (from random sources).")
    var searches = 20

    @Option(
        name: .customLong("matrix-graphs"), help: "Comma-separated node counts of the graphs the matrix is computed on."
    )
    var matrixGraphs = "5000,10000"

    @Option(help: "Sources and targets of the matrix.")
    var sources = 2_000

    @Option(help: "Random seed for graphs and node choices.")
    var seed: UInt64 = 1

    @Option(help: "Folder for network.csv.")
    var out = "out/bench"

    func run() throws {
        var table = TextTable(
            header: ["case", "graph nodes", "arcs", "work", "threads", "wall ms", "cpu ms", "target ms", "met"],
            rightAligned: [1, 2, 5, 6, 7])
        var csv = [["case", "graph_nodes", "arcs", "work", "threads", "wall_ms", "cpu_ms", "target_ms", "met"]]
        func record(
            _ name: String, _ graph: RoadGraph?, nodes: Int, _ work: String, _ threads: Int, _ ms: Double,
            _ target: Double?, cpu: Double = Stopwatch.lastCPU
        ) {
            let met = target.map { ms <= $0 ? "yes" : "no" } ?? ""
            let cells = [
                name, "\(nodes)", "\(graph?.arcCount ?? 0)", work, "\(threads)", String(format: "%.1f", ms),
                String(format: "%.1f", cpu), target.map { String(format: "%.0f", $0) } ?? "", met,
            ]
            table.add(cells)
            csv.append(cells)
            FileHandle.standardError.write(Data("  \(name): \(String(format: "%.1f", ms)) ms\n".utf8))
        }

        let big = grid(nodes: nodes)
        let (bigGraph, buildMs) = Stopwatch.time { RoadGraph(network: big) }
        record("build CSR graph", bigGraph, nodes: big.nodes.count, "\(big.edges.count) roads", 1, buildMs, nil)
        var random = SeededGenerator(seed: seed)
        var search = ShortestPathSearch(graph: bigGraph, metric: .minutes)
        search.run(from: 0)  // warm-up: grows the heap once
        var times: [(wall: Double, cpu: Double)] = []
        for _ in 0..<max(1, searches) {
            let source = random.next(below: bigGraph.nodeCount)
            times.append((Stopwatch.time { search.run(from: source) }.1, Stopwatch.lastCPU))
        }
        times.sort { $0.wall < $1.wall }
        let median = times[times.count / 2]
        record(
            "one-to-all median", bigGraph, nodes: big.nodes.count, "\(times.count) searches", 1, median.wall, 50,
            cpu: median.cpu)
        record(
            "one-to-all slowest", bigGraph, nodes: big.nodes.count, "\(times.count) searches", 1, times.last!.wall, nil,
            cpu: times.last!.cpu)

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let sizes = matrixGraphs.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
            throw CommandLineError("--matrix-graphs needs positive node counts, e.g. 5000,10000")
        }
        var last = big
        for size in sizes {
            let network = size == nodes ? big : grid(nodes: size)
            let distances = RoadDistances(network: network)
            let chosen = pick(min(sources, network.nodes.count), of: network.nodes.count, &random)
            let (_, ms) = Stopwatch.time { distances.matrix(from: chosen, to: chosen) }
            record(
                "matrix by road", distances.graph, nodes: network.nodes.count, "\(chosen.count) x \(chosen.count)",
                cores, ms, 2000)
            last = network
        }

        last.distance.roads = .none
        let fallback = RoadDistances(network: last)
        let chosen = pick(min(sources, last.nodes.count), of: last.nodes.count, &random)
        let (_, fallbackMs) = Stopwatch.time { fallback.matrix(from: chosen, to: chosen) }
        record(
            "matrix great-circle", nil, nodes: last.nodes.count, "\(chosen.count) x \(chosen.count)", 1, fallbackMs, nil
        )

        print(table.render())
        // Cells are numbers and fixed labels without commas or quotes, so plain joining is valid CSV.
        precondition(csv.allSatisfy { $0.allSatisfy { !$0.contains(",") && !$0.contains("\"") } })
        try AtomicFile.write(
            csv.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n", to: out + "/network.csv")
        FileHandle.standardError.write(Data("wrote \(out)/network.csv\n".utf8))
    }

    /// A near-square grid of about `nodes` villages.
    private func grid(nodes: Int) -> Network {
        let rows = max(1, Int(Double(nodes).squareRoot().rounded()))
        return SyntheticNetwork.grid(rows: rows, cols: max(1, nodes / rows), seed: seed)
    }

    /// `count` distinct node indices below `n`, in random order.
    private func pick(_ count: Int, of n: Int, _ random: inout SeededGenerator) -> [Int] {
        var all = Array(0..<n)
        random.shuffle(&all)
        return Array(all.prefix(count))
    }
}

/// Wall-clock and CPU timing for benchmarks.
///
/// CPU time is reported beside wall time because the machines are shared: on a loaded machine wall time
/// measures the neighbours, while CPU time (all threads of this process) stays close to the quiet-machine cost.
enum Stopwatch {
    /// The CPU milliseconds of the last ``time(_:)`` call.
    nonisolated(unsafe) static var lastCPU: Double = 0

    /// Runs `body` and returns its result and the elapsed wall milliseconds.
    static func time<T>(_ body: () -> T) -> (T, Double) {
        let cpuStart = cpuNow()
        let start = DispatchTime.now().uptimeNanoseconds
        let result = body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        lastCPU = cpuNow() - cpuStart
        return (result, wall)
    }

    private static func cpuNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
    }
}
