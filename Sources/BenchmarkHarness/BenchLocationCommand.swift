// `hubplan-bench location`: pmed1-40 and cap41-capc against published optima, optionally against HiGHS.
import ArgumentParser
import Foundation
import HubPlanCommands
import SolverControl

/// Runs the location benchmark and writes out/bench/location.csv and .md.
struct BenchLocationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "location",
        abstract: "Benchmark the exact p-median and warehouse-location methods on OR-Library (pmed, cap).",
        discussion: """
            Solves every instance of pmed/optima.csv and cflp/optima.csv under --data (pmed1...pmed40; cap41... \
            cap134 and capa/capb/capc at each listed capacity, split demand), verifies each plan independently, \
            and compares the objective with the published optimum. With --peers, the same instances go through \
            HiGHS (../shared/peers: pmedian_highs.py, cflp_highs.py) for the time ratio. Prints a table and \
            writes out/bench/location.csv and out/bench/location.md, with the machine's load average.

            Example:
              hubplan-bench location --set pmed --instances pmed26,pmed36 --time-limit 60 --peers
            """
    )

    @Option(help: "Families to run: pmed, cap or both (comma-separated).")
    var set: String = "pmed,cap"

    @Option(help: "Only these instances (comma-separated names as in optima.csv, e.g. pmed26,capa_8000).")
    var instances: String?

    @Option(name: .customLong("time-limit"), help: "Seconds per instance.")
    var timeLimit: Double = 60

    @Flag(help: "Also run HiGHS through the peers harness.")
    var peers = false

    @Option(name: .customLong("peer-time-limit"), help: "Seconds per HiGHS run (default: --time-limit).")
    var peerTimeLimit: Double?

    @Option(help: "The benchmarks folder (holds pmed/ and cflp/).")
    var data: String = "../shared/benchmarks"

    @Option(name: .customLong("peers-dir"), help: "The peers harness folder.")
    var peersDir: String = "../shared/peers"

    @Option(help: "Output folder.")
    var out: String = "out/bench"

    func validate() throws {
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        let families = set.split(separator: ",").map(String.init)
        if families.isEmpty || families.contains(where: { $0 != "pmed" && $0 != "cap" }) {
            throw ValidationError("--set takes pmed, cap or pmed,cap")
        }
    }

    func run() throws {
        let families = Set(set.split(separator: ",").map(String.init))
        let wanted = instances.map { Set($0.split(separator: ",").map(String.init)) }
        let list = try LocationBenchmark.instances(data: data).filter {
            families.contains($0.family.rawValue) && (wanted?.contains($0.name) ?? true)
        }
        if let wanted {
            let known = Set(list.map(\.name))
            let unknown = wanted.subtracting(known).sorted()
            if !unknown.isEmpty { throw CommandLineError("unknown instances: " + unknown.joined(separator: ", ")) }
        }
        let peer = LocationPeer(directory: peersDir)
        if peers && !peer.isAvailable {
            throw CommandLineError("--peers: no \(peersDir)/.venv/bin/python (run `make peers`)")
        }
        let loadBefore = LocationBenchmark.loadAverage()
        let token = Interrupt.token()
        var rows: [LocationBenchRow] = []
        for instance in list {
            if token.isCancelled { break }
            var row = try LocationBenchmark.run(instance, timeLimit: timeLimit, cancellation: token)
            if peers {
                row.peer = LocationBenchmark.peer(
                    instance, peers: peer, timeLimit: peerTimeLimit ?? timeLimit, cancellation: token)
            }
            rows.append(row)
            FileHandle.standardError.write(Data((line(row) + "\n").utf8))
        }
        let loadAfter = LocationBenchmark.loadAverage()
        let table = LocationBenchTable(
            rows: rows, peers: peers, timeLimit: timeLimit,
            load: "load average (1, 5, 15 min) before \(loadBefore), after \(loadAfter)",
            note: BenchInterruption.note(token))
        try AtomicFile.write(table.csv(), to: out + "/location.csv")
        try AtomicFile.write(table.markdown(), to: out + "/location.md")
        print(table.markdown(), terminator: "")
    }

    private func line(_ r: LocationBenchRow) -> String {
        "\(r.instance.name): ours \(LocationOutput.format(r.objective)) (published \(LocationOutput.format(r.instance.published)))"
            + (r.proven ? " proven" : " gap \(String(format: "%.4f%%", r.gap * 100))")
            + String(format: " %.2f s", r.seconds) + (r.matches ? "" : "  MISMATCH")
            + (r.verified ? "" : "  NOT VERIFIED")
            + (r.peer.map {
                String(format: "  | HiGHS %@ %.2f s", LocationOutput.format($0.objective ?? .nan), $0.seconds)
            } ?? "")
    }
}
