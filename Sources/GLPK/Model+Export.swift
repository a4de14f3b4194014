// Writes a model as CPLEX LP or free MPS, so a planner can hand it to any other solver; atomic and silent.
import Foundation

extension Model {
    /// Writes the model in CPLEX LP format (GLPK's `glp_write_lp`), atomically: a temporary file beside
    /// `path` is renamed over it, so a reader never sees half a file.
    ///
    /// Every row and column is named (unnamed ones get fresh names such as `x12` and `c3`). A non-zero
    /// objective constant becomes a column `objective_constant` fixed at 1, because the LP format has no
    /// constant term. Numbers keep 15 significant digits. Nothing is printed.
    public func writeLP(to path: String) throws(GLPKError) {
        try export(to: path, shape: LoadShape(names: true, constantAsColumn: true, placeholderRow: true)) {
            (problem, temporary) throws(GLPKError) -> Int32 in try problem.writeLP(temporary)
        }
    }

    /// Writes the model in free MPS format (GLPK's `glp_write_mps` with `GLP_MPS_FILE`), atomically.
    ///
    /// MPS has no objective sense and solvers disagree on the sign of an objective right-hand side, so a
    /// maximisation model is written as the equivalent minimisation of the negated objective (a comment at
    /// the top says so: optimal points are the same, objective values change sign), and a non-zero constant
    /// becomes a column `objective_constant` fixed at 1. Numbers keep 12 significant digits (GLPK's MPS
    /// writer). Nothing is printed.
    public func writeMPS(to path: String) throws(GLPKError) {
        let maximize = direction == .maximize
        try export(
            to: path,
            shape: LoadShape(names: true, constantAsColumn: true, negateObjective: maximize, placeholderRow: true)
        ) { (problem, temporary) throws(GLPKError) -> Int32 in
            let code = try problem.writeMPS(temporary)
            if code == 0 && maximize {
                let note = "* Sense:      maximize; written as the minimisation of the negated objective\n"
                guard let body = FileManager.default.contents(atPath: temporary),
                    FileManager.default.createFile(atPath: temporary, contents: Data(note.utf8) + body)
                else { return 1 }
            }
            return code
        }
    }

    private func export(
        to path: String, shape: LoadShape, write: (GLPKProblem, String) throws(GLPKError) -> Int32
    ) throws(GLPKError) {
        try validate()
        guard variableCount > 0 else {
            throw GLPKError.exportFailed(path: path, reason: "the model has no variables; LP and MPS files need one")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        try GLPKRuntime.withSession(verbose: false) { () throws(GLPKError) in
            let problem = try ProblemImage(self, shape: shape).build()
            defer { problem.delete() }
            let code = try write(problem, temporary)
            guard code == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                // GLPK's last line says why ("Unable to create '...' - No such file or directory").
                let reason =
                    GLPKRuntime.lastOutput().split(separator: "\n").last.map(String.init) ?? "GLPK could not write it"
                throw GLPKError.exportFailed(path: path, reason: reason)
            }
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw GLPKError.exportFailed(path: path, reason: reason)
        }
    }
}
