// Shared fixtures for the FacilityLocation tests: bundled OR-Library files, random instances, brute force.
import Foundation
import SolverControl
import Testing

@testable import FacilityLocation

enum TestInstances {
    /// Path of a bundled resource file (copied from ../shared/benchmarks; CI has no /work/shared).
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")!.path
    }

    /// Random points in a square; distances rounded to integers so objectives are exact.
    static func euclidean(clients: Int, sites: Int, seed: UInt64) -> CostMatrix {
        var g = SeededGenerator(seed: seed)
        let c = (0..<clients).map { _ in (g.nextDouble() * 100, g.nextDouble() * 100) }
        let s = (0..<sites).map { _ in (g.nextDouble() * 100, g.nextDouble() * 100) }
        return try! CostMatrix(clients: clients, sites: sites) { j, i in
            ((c[j].0 - s[i].0) * (c[j].0 - s[i].0) + (c[j].1 - s[i].1) * (c[j].1 - s[i].1)).squareRoot().rounded()
        }
    }

    /// Every `k`-subset of `0..<n`, in lexicographic order.
    static func subsets(_ n: Int, _ k: Int) -> [[Int]] {
        if k == 0 { return [[]] }
        if n < k { return [] }
        return subsets(n - 1, k) + subsets(n - 1, k - 1).map { $0 + [n - 1] }
    }

    /// Every non-empty subset of `0..<n`.
    static func allSubsets(_ n: Int) -> [[Int]] {
        (1..<(1 << n)).map { mask in (0..<n).filter { mask & (1 << $0) != 0 } }
    }

    /// The p-median optimum by enumeration.
    static func bruteForcePMedian(_ problem: PMedianProblem) -> Double {
        subsets(problem.sites, problem.p).map { problem.objective(open: $0) }.min()!
    }

    /// A random capacitated problem (allocation cost = demand x distance).
    static func randomFacility(clients: Int, sites: Int, seed: UInt64, capacityFactor: Double?) -> FacilityProblem {
        var g = SeededGenerator(seed: seed &+ 99)
        let d = euclidean(clients: clients, sites: sites, seed: seed)
        let demands = (0..<clients).map { _ in Double(1 + g.next(below: 20)) }
        let fixed = (0..<sites).map { _ in Double(200 + g.next(below: 400)) }
        let total = demands.reduce(0, +)
        let caps = capacityFactor.map { f in
            (0..<sites).map { _ in (f * total / Double(sites) * (0.5 + g.nextDouble())).rounded() }
        }
        let costs = try! CostMatrix(clients: clients, sites: sites) { j, i in demands[j] * d[j, i] }
        return try! FacilityProblem(allocationCosts: costs, demands: demands, fixedCosts: fixed, capacities: caps)
    }

    /// Expects the result's plan to pass the independent verifier with the claimed objective.
    static func expectVerified(
        _ result: LocationResult, rules: LocationRules, objective: LocationObjective,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let solution = result.solution else {
            Issue.record("no plan to verify", sourceLocation: sourceLocation)
            return
        }
        let report = LocationVerifier.verify(
            solution, rules: rules, objective: objective, claimedObjective: result.objective)
        #expect(report.isValid, "\(report.violations)", sourceLocation: sourceLocation)
    }
}
