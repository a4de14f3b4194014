// GLPK sessions: silent unless verbose, never on stdout, and safe with solves on several threads at once.
import Foundation
import GLPK
import Synchronization
import Testing

@Suite struct GLPKRuntimeTests {
    private static let childMode = ProcessInfo.processInfo.environment["HUBPLAN_GLPK_OUTPUT_CHILD"]

    /// Runs in a child process started by `outputGoesToStderrOnlyWhenVerbose`: a MIP, an LP and an export.
    @Test(.enabled(if: childMode != nil))
    func childSolvesAndExports() throws {
        let verbose = Self.childMode == "verbose"
        let model = TestModels.knapsack()
        _ = try model.solve(SolveOptions(presolve: false, cuts: .all, verbose: verbose))
        _ = try model.solve(SolveOptions(presolve: true, verbose: verbose))
        _ = try model.solveRelaxation(SolveOptions(verbose: verbose))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(getpid()).lp").path
        try model.writeLP(to: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    @Test(.enabled(if: childMode == nil))
    func outputGoesToStderrOnlyWhenVerbose() throws {
        for mode in ["quiet", "verbose"] {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            child.arguments = [
                "--testing-library", "swift-testing", "--filter", "GLPKRuntimeTests/childSolvesAndExports",
            ]
            child.environment = ProcessInfo.processInfo.environment.merging(["HUBPLAN_GLPK_OUTPUT_CHILD": mode]) { $1 }
            let stdout = Pipe()
            let stderr = Pipe()
            child.standardOutput = stdout
            child.standardError = stderr
            try child.run()
            let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            child.waitUntilExit()
            #expect(child.terminationStatus == 0, "\(mode): \(err)")
            #expect(err.contains("childSolvesAndExports() passed"), "\(mode): the child test did not run")
            #expect(out.isEmpty, "\(mode): GLPK wrote to stdout: \(out)")
            #expect(err.contains("GLPK Integer Optimizer") == (mode == "verbose"), "\(mode)")
            #expect(err.contains("Writing problem data") == false, "\(mode): exports must be silent")
        }
    }

    /// Eight MIPs on four threads at once give exactly the answers they give one after another; half use
    /// cover cuts (serialised by the layer), all use GLPK's other cut generators (run in parallel).
    @Test(.enabled(if: childMode == nil))
    func concurrentSolvesMatchSequentialOnes() throws {
        let instances = (0..<8).map {
            TestModels.FacilityLocation(facilities: 9, customers: 40, seed: UInt64(100 + $0))
        }
        let models = instances.map { $0.model().0 }
        @Sendable func options(_ k: Int) -> SolveOptions {
            SolveOptions(presolve: k % 3 != 0, cuts: k % 2 == 0 ? .all : [.gomory, .mir, .clique])
        }
        let sequential = try models.enumerated().map { k, model in try model.solve(options(k)).objective }
        let results = Mutex([Double?](repeating: nil, count: models.count))
        let failures = Mutex([String]())
        let group = DispatchGroup()
        for thread in 0..<4 {
            group.enter()
            let worker = Thread {
                for k in stride(from: thread, to: models.count, by: 4) {
                    do {
                        let objective = try models[k].solve(options(k)).objective
                        results.withLock { $0[k] = objective }
                    } catch {
                        failures.withLock { $0.append("model \(k): \(error)") }
                    }
                }
                group.leave()
            }
            worker.start()
        }
        group.wait()
        #expect(failures.withLock { $0 }.isEmpty)
        #expect(results.withLock { $0 } == sequential)
        for (instance, objective) in zip(instances, sequential) {
            #expect(abs(objective! - instance.optimumByEnumeration()) < 1e-6)
        }
    }
}
