// LP and MPS exports: read back by glpsol (when installed) to the same optimum; atomic writes.
import Foundation
import GLPK
import Testing

@Suite struct ModelExportTests {
    static let glpsol: String? = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glpk-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The objective glpsol reports for a file (`--lp` or `--freemps`).
    private func glpsolObjective(_ format: String, _ path: String) throws -> Double? {
        let report = path + ".out"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.glpsol!)
        process.arguments = [format, path, "-o", report]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOfFile: report, encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.firstIndex(of: "=")
        else { return nil }
        return Double(line[line.index(after: equals)...].split(separator: " ")[0])
    }

    /// Models covering every bound type, kinds, names, an objective constant and both directions.
    private func models() -> [(String, Model)] {
        var mixed = Model(name: "mixed", direction: .minimize)
        let a = mixed.addVariable(name: "a", lower: -5, upper: 5, objective: 1)
        let b = mixed.addVariable(kind: .integer, lower: -.infinity, upper: 7, objective: -2)
        let c = mixed.addVariable(name: "c[1,2]", lower: -.infinity, upper: .infinity, objective: 0.5)
        let d = mixed.addVariable(kind: .binary, objective: 3)
        let e = mixed.addVariable(name: "x2", lower: 2, upper: 2, objective: 1)  // b would be called x2
        mixed.objectiveConstant = 12.25
        mixed.addConstraint([(a, 1), (b, 1), (c, 1)], .ranged(-3, 4), name: "band")
        mixed.addConstraint([(b, 1), (c, -1)], .greaterOrEqual(-10))
        mixed.addConstraint([(c, 1), (d, 4), (e, 1)], .equal(3.5))
        mixed.addConstraint([(a, 2), (d, -1)], .lessOrEqual(6), name: "c2")  // row 1 would be called c2
        var knapsack = TestModels.knapsack()
        knapsack.objectiveConstant = -9
        var boundsOnly = Model(direction: .maximize)
        boundsOnly.addVariable(kind: .integer, upper: 3, objective: 2)
        return [
            ("mixed", mixed), ("knapsack", knapsack),
            ("facility", TestModels.FacilityLocation(facilities: 5, customers: 12, seed: 3).model().0),
            ("bounds-only", boundsOnly),
        ]
    }

    @Test(.enabled(if: glpsol != nil, "glpsol is not installed (apt-get install glpk-utils); export read-back skipped"))
    func lpAndMPSReadBackByGlpsolGiveTheSameOptimum() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (label, model) in models() {
            let expected = try #require(try model.solve().objective, "\(label)")
            let lp = directory.appendingPathComponent("\(label).lp").path
            let mps = directory.appendingPathComponent("\(label).mps").path
            try model.writeLP(to: lp)
            try model.writeMPS(to: mps)
            let fromLP = try #require(try glpsolObjective("--lp", lp), "\(label): glpsol could not read the LP file")
            let fromMPS = try #require(
                try glpsolObjective("--freemps", mps), "\(label): glpsol could not read the MPS file")
            #expect(abs(fromLP - expected) < 1e-6, "\(label) LP")
            // MPS has no sense: a maximisation is written as minimising the negated objective.
            let mpsExpected = model.direction == .maximize ? -expected : expected
            #expect(abs(fromMPS - mpsExpected) < 1e-6, "\(label) MPS")
        }
    }

    @Test func exportsAreAtomicAndLeaveNoTemporaryFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("model.lp").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try TestModels.knapsack().writeLP(to: path)
        try TestModels.knapsack().writeMPS(to: directory.appendingPathComponent("model.mps").path)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["model.lp", "model.mps"])
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Maximize"))
        let mps = try String(contentsOfFile: directory.appendingPathComponent("model.mps").path, encoding: .utf8)
        #expect(mps.hasPrefix("* Sense:      maximize"))
    }

    @Test func unwritablePathThrowsAndWritesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("missing/model.lp").path
        #expect(throws: GLPKError.self) { try TestModels.knapsack().writeLP(to: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func modelWithoutVariablesCannotBeExported() {
        #expect(
            throws: GLPKError.exportFailed(
                path: "/tmp/x.lp", reason: "the model has no variables; LP and MPS files need one")
        ) {
            try Model().writeLP(to: "/tmp/x.lp")
        }
    }

    @Test func namesAreKeptAndUnnamedEntriesGetFreshUniqueNames() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("names.lp").path
        try models()[0].1.writeLP(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for name in [" band:", " c2_:", " c3:", " c2:", "c(1,2)", " x2_", " x2 ", " x4", "objective_constant = 1"] {
            #expect(text.contains(name), "\(name) missing in\n\(text)")
        }
    }
}
