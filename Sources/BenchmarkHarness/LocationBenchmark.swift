// The location benchmark: OR-Library pmed and cap instances against their published optima (and HiGHS).
import FacilityLocation
import Foundation
import HubPlanCommands
import SolverControl

/// One benchmark instance: its file, the capacity to substitute, and the published optimum.
struct LocationBenchInstance {
    enum Family: String { case pmed, cap }
    var family: Family
    var name: String
    var path: String
    var capacity: Double?
    var published: Double
}

/// One row of the result table.
struct LocationBenchRow {
    var instance: LocationBenchInstance
    var objective: Double
    var bound: Double
    var gap: Double
    var seconds: Double
    var proven: Bool
    var verified: Bool
    var peer: LocationPeer.Result?

    /// Whether our objective equals the published value (to the published 3 decimals for cap).
    var matches: Bool {
        let tolerance = instance.family == .pmed ? 1e-6 : 6e-4
        return abs(objective - instance.published) <= tolerance
    }
}

/// Reads the instance lists and runs the benchmark.
enum LocationBenchmark {
    /// The instances of `optima.csv` under `data`/pmed and `data`/cflp (pmed1...40, cap41...capc_7250).
    ///
    /// optima.csv is a plain comma-separated file without quotes or embedded commas; splitting lines on
    /// commas reads it exactly, so no CSV library is needed here.
    static func instances(data: String) throws -> [LocationBenchInstance] {
        func rows(_ path: String) throws -> [[String]] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandLineError("cannot read \(path) (set --data to the benchmarks folder)")
            }
            return text.split(whereSeparator: \.isNewline).dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            }
        }
        var list: [LocationBenchInstance] = []
        for r in try rows(data + "/pmed/optima.csv") where r.count >= 6 {
            guard let value = Double(r[5]) else { throw CommandLineError("pmed/optima.csv: bad optimum for \(r[0])") }
            list.append(.init(family: .pmed, name: r[0], path: data + "/pmed/" + r[1], capacity: nil, published: value))
        }
        for r in try rows(data + "/cflp/optima.csv") where r.count >= 6 {
            guard let value = Double(r[5]) else { throw CommandLineError("cflp/optima.csv: bad optimum for \(r[0])") }
            list.append(
                .init(
                    family: .cap, name: r[0], path: data + "/cflp/" + r[1], capacity: Double(r[2]),
                    published: value))
        }
        return list
    }

    /// Solves `instance` within `timeLimit` and verifies the plan independently.
    static func run(
        _ instance: LocationBenchInstance, timeLimit: Double, cancellation: CancellationToken
    )
        throws -> LocationBenchRow
    {
        let options = LocationOptions(timeLimit: timeLimit, cancellation: cancellation)
        let result: LocationResult
        let verified: Bool
        switch instance.family {
        case .pmed:
            let problem = try PMedianFile.read(path: instance.path)
            result = try PMedianSolver(options: options).solve(problem)
            verified =
                result.solution.map {
                    LocationVerifier.verify(
                        $0, rules: problem.verificationRules, objective: problem.verificationObjective,
                        claimedObjective: result.objective
                    ).isValid
                } ?? false
        case .cap:
            let problem = try CapacitatedFile.read(path: instance.path, capacity: instance.capacity)
            result = FacilitySolver(options: options).solve(problem)
            verified =
                result.solution.map {
                    LocationVerifier.verify(
                        $0, rules: problem.verificationRules, objective: problem.verificationObjective,
                        claimedObjective: result.objective
                    ).isValid
                } ?? false
        }
        return LocationBenchRow(
            instance: instance, objective: result.objective, bound: result.bound, gap: result.gap,
            seconds: result.seconds, proven: result.isOptimal, verified: verified, peer: nil)
    }

    /// The same instance through HiGHS (the peers harness).
    static func peer(
        _ instance: LocationBenchInstance, peers: LocationPeer, timeLimit: Double, cancellation: CancellationToken
    ) -> LocationPeer.Result? {
        switch instance.family {
        case .pmed:
            return peers.run(
                script: "pmedian_highs.py", file: instance.path, extra: [], timeLimit: timeLimit,
                cancellation: cancellation)
        case .cap:
            let extra = instance.capacity.map { ["--capacity", LocationOutput.format($0)] } ?? []
            return peers.run(
                script: "cflp_highs.py", file: instance.path, extra: extra, timeLimit: timeLimit,
                cancellation: cancellation)
        }
    }

    /// The machine's 1-minute load average (Linux), for the table header.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
