// A validated Model copied into GLPK's flat layout and loaded as a glp_prob in one guarded bulk call.
import CGLPK
import CGLPKGuard

/// Which parts of a model go to GLPK, and the adjustments an export needs.
struct LoadShape {
    /// Keep integer and binary kinds (false for an LP relaxation).
    var integrality = true
    /// Give GLPK every name, generating unique ones for unnamed rows and columns (exports only: GLPK's own
    /// fallback names could collide with the planner's).
    var names = false
    /// Represent the objective constant as a column fixed at 1: LP files drop constants and MPS readers
    /// disagree on the sign of an objective right-hand side.
    var constantAsColumn = false
    /// Negate the objective (an MPS file has no objective sense; see ``Model/writeMPS(to:)``).
    var negateObjective = false
    /// Add one empty `>= 0` row to a model without rows (GLPK's writers need a row).
    var placeholderRow = false
}

/// The model in GLPK's layout: 0-based row and column arrays, 1-based (ia, ja, ar) triplets, names.
///
/// Buffers are allocated once and handed to `hpg_build`, which creates the problem and calls
/// `glp_load_matrix` under the fatal-error guard.
final class ProblemImage {
    private var rowType: UnsafeMutableBufferPointer<Int32>
    private var rowLower: UnsafeMutableBufferPointer<Double>
    private var rowUpper: UnsafeMutableBufferPointer<Double>
    private var columnType: UnsafeMutableBufferPointer<Int32>
    private var columnLower: UnsafeMutableBufferPointer<Double>
    private var columnUpper: UnsafeMutableBufferPointer<Double>
    private var objective: UnsafeMutableBufferPointer<Double>
    private var integer: UnsafeMutableBufferPointer<Int32>
    private var ia: UnsafeMutableBufferPointer<Int32>
    private var ja: UnsafeMutableBufferPointer<Int32>
    private var ar: UnsafeMutableBufferPointer<Double>
    private var names: Names?
    private var problem = hpg_problem()

    /// The names and their offsets; `-1` means unnamed.
    private struct Names {
        var bytes: [CChar] = []
        var rowAt: [Int32]
        var columnAt: [Int32]
        var modelAt: Int32 = -1

        mutating func add(_ name: String) -> Int32 {
            let at = Int32(bytes.count)
            bytes.append(contentsOf: name.utf8.map { CChar(bitPattern: $0) })
            bytes.append(0)
            return at
        }
    }

    /// Copies a validated model.
    init(_ model: Model, shape: LoadShape) {
        let m0 = model.constraintCount
        let n0 = model.variableCount
        let addsRow = shape.placeholderRow && m0 == 0
        let addsColumn = shape.constantAsColumn && model.objectiveConstant != 0
        let m = m0 + (addsRow ? 1 : 0)
        let n = n0 + (addsColumn ? 1 : 0)
        let ne = model.nonzeroCount
        let sign = shape.negateObjective ? -1.0 : 1.0

        rowType = .allocate(capacity: m)
        rowLower = .allocate(capacity: m)
        rowUpper = .allocate(capacity: m)
        for i in 0..<m0 {
            let (type, low, high) = ProblemImage.glpkBounds(model.rowBounds[i])
            rowType[i] = type
            rowLower[i] = low
            rowUpper[i] = high
        }
        if addsRow {
            rowType[m0] = GLP_LO
            rowLower[m0] = 0
            rowUpper[m0] = 0
        }

        columnType = .allocate(capacity: n)
        columnLower = .allocate(capacity: n)
        columnUpper = .allocate(capacity: n)
        objective = .allocate(capacity: n)
        integer = .allocate(capacity: n)
        for j in 0..<n0 {
            let (type, low, high) = ProblemImage.glpkBounds(lower: model.lower[j], upper: model.upper[j])
            columnType[j] = type
            columnLower[j] = low
            columnUpper[j] = high
            objective[j] = sign * model.costs[j]
            integer[j] = shape.integrality && model.kinds[j] != .continuous ? 1 : 0
        }
        if addsColumn {
            columnType[n0] = GLP_FX
            columnLower[n0] = 1
            columnUpper[n0] = 1
            objective[n0] = sign * model.objectiveConstant
            integer[n0] = 0
        }

        ia = .allocate(capacity: ne + 1)
        ja = .allocate(capacity: ne + 1)
        ar = .allocate(capacity: ne + 1)
        ia[0] = 0
        ja[0] = 0
        ar[0] = 0
        model.rowStart.withUnsafeBufferPointer { start in
            model.entryColumns.withUnsafeBufferPointer { columns in
                model.entryValues.withUnsafeBufferPointer { values in
                    for i in 0..<m0 {
                        let row = Int32(i + 1)
                        for k in start[i]..<start[i + 1] {
                            ia[k + 1] = row
                            ja[k + 1] = Int32(truncatingIfNeeded: columns[k] + 1)
                            ar[k + 1] = values[k]
                        }
                    }
                }
            }
        }

        if shape.names {
            names = ProblemImage.exportNames(model, rows: m, columns: n, addsRow: addsRow, addsColumn: addsColumn)
        }
        problem.dir = model.direction == .minimize ? GLP_MIN : GLP_MAX
        problem.c0 = addsColumn ? 0 : sign * model.objectiveConstant
        problem.m = Int32(m)
        problem.n = Int32(n)
        problem.ne = Int32(ne)
        problem.prob_name_at = -1
    }

    deinit {
        for buffer in [rowLower, rowUpper, columnLower, columnUpper, objective, ar] { buffer.deallocate() }
        for buffer in [rowType, columnType, integer, ia, ja] { buffer.deallocate() }
    }

    /// Creates the glp_prob in one guarded call; throws when GLPK reports a fatal error (out of memory).
    func build() throws(GLPKError) -> GLPKProblem {
        problem.row_type = UnsafePointer(rowType.baseAddress)
        problem.row_lb = UnsafePointer(rowLower.baseAddress)
        problem.row_ub = UnsafePointer(rowUpper.baseAddress)
        problem.col_type = UnsafePointer(columnType.baseAddress)
        problem.col_lb = UnsafePointer(columnLower.baseAddress)
        problem.col_ub = UnsafePointer(columnUpper.baseAddress)
        problem.obj = UnsafePointer(objective.baseAddress)
        problem.col_integer = UnsafePointer(integer.baseAddress)
        problem.ia = UnsafePointer(ia.baseAddress)
        problem.ja = UnsafePointer(ja.baseAddress)
        problem.ar = UnsafePointer(ar.baseAddress)
        let pointer: OpaquePointer?
        if let names {
            problem.prob_name_at = names.modelAt
            pointer = names.bytes.withUnsafeBufferPointer { bytes in
                names.rowAt.withUnsafeBufferPointer { rowAt in
                    names.columnAt.withUnsafeBufferPointer { columnAt in
                        problem.names = bytes.baseAddress
                        problem.row_name_at = rowAt.baseAddress
                        problem.col_name_at = columnAt.baseAddress
                        defer {
                            problem.names = nil
                            problem.row_name_at = nil
                            problem.col_name_at = nil
                        }
                        return hpg_build(&problem)
                    }
                }
            }
        } else {
            pointer = hpg_build(&problem)
        }
        guard let pointer else { throw GLPKError.solverFailed(GLPKRuntime.lastOutput()) }
        return GLPKProblem(pointer)
    }

    /// GLPK's bound type and values for a row.
    static func glpkBounds(_ bound: ConstraintBound) -> (Int32, Double, Double) {
        switch bound {
        case .lessOrEqual(let high): (GLP_UP, 0, high)
        case .greaterOrEqual(let low): (GLP_LO, low, 0)
        case .equal(let value): (GLP_FX, value, value)
        case .ranged(let low, let high): glpkBounds(lower: low, upper: high)
        }
    }

    /// GLPK's bound type and values for an interval (`lower <= upper`, not both infinite for rows).
    static func glpkBounds(lower: Double, upper: Double) -> (Int32, Double, Double) {
        switch (lower == -.infinity, upper == .infinity) {
        case (true, true): (GLP_FR, 0, 0)
        case (true, false): (GLP_UP, 0, upper)
        case (false, true): (GLP_LO, lower, 0)
        case (false, false): lower == upper ? (GLP_FX, lower, lower) : (GLP_DB, lower, upper)
        }
    }

    /// Every row and column named: the planner's names, and fresh ones (`x7`, `c3`, with `_` appended until
    /// unused) for the rest, so no file name is GLPK's fallback and none repeats.
    private static func exportNames(
        _ model: Model, rows m: Int, columns n: Int, addsRow: Bool, addsColumn: Bool
    ) -> Names {
        var names = Names(rowAt: [Int32](repeating: -1, count: m), columnAt: [Int32](repeating: -1, count: n))
        var takenColumns = Set(model.columnNames.names)
        var takenRows = Set(model.rowNames.names)
        func fresh(_ base: String, _ taken: inout Set<String>) -> String {
            var name = base
            while taken.contains(name) { name += "_" }
            taken.insert(name)
            return name
        }
        for j in 0..<model.variableCount {
            names.columnAt[j] = names.add(model.columnName(j) ?? fresh("x\(j + 1)", &takenColumns))
        }
        if addsColumn { names.columnAt[n - 1] = names.add(fresh("objective_constant", &takenColumns)) }
        for i in 0..<model.constraintCount {
            names.rowAt[i] = names.add(model.rowName(i) ?? fresh("c\(i + 1)", &takenRows))
        }
        if addsRow { names.rowAt[m - 1] = names.add(fresh("no_constraints", &takenRows)) }
        if !model.name.isEmpty { names.modelAt = names.add(model.name) }
        return names
    }
}

/// A live glp_prob inside a session. After a GLPK fatal error the environment (and this problem) is gone.
final class GLPKProblem {
    private(set) var pointer: OpaquePointer?

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    /// The problem object; only valid while no fatal error has occurred.
    var prob: OpaquePointer { pointer! }

    /// Scales the problem (GLPK's automatic scaling) and optionally builds an advanced initial basis.
    func prepare(advancedBasis: Bool) throws(GLPKError) {
        try guarded { hpg_prepare($0, advancedBasis ? 1 : 0) }
    }

    /// Runs `glp_simplex`; returns its return code.
    func simplex(_ parameters: inout glp_smcp) throws(GLPKError) -> Int32 {
        var result: Int32 = 0
        try guarded { hpg_simplex($0, &parameters, &result) }
        return result
    }

    /// Runs `glp_intopt`; returns its return code.
    func intopt(_ parameters: inout glp_iocp) throws(GLPKError) -> Int32 {
        var result: Int32 = 0
        try guarded { hpg_intopt($0, &parameters, &result) }
        return result
    }

    /// Writes CPLEX LP; returns GLPK's code (0 on success).
    func writeLP(_ path: String) throws(GLPKError) -> Int32 {
        var result: Int32 = 0
        try guarded { prob in path.withCString { hpg_write_lp(prob, $0, &result) } }
        return result
    }

    /// Writes free MPS; returns GLPK's code (0 on success).
    func writeMPS(_ path: String) throws(GLPKError) -> Int32 {
        var result: Int32 = 0
        try guarded { prob in path.withCString { hpg_write_mps(prob, $0, &result) } }
        return result
    }

    /// Deletes the problem unless a fatal error already freed it.
    func delete() {
        if let pointer { glp_delete_prob(pointer) }
        pointer = nil
    }

    private func guarded(_ call: (OpaquePointer) -> Int32) throws(GLPKError) {
        guard let pointer else { throw GLPKError.solverFailed("the GLPK problem is no longer available") }
        if call(pointer) != 0 {
            self.pointer = nil
            throw GLPKError.solverFailed(GLPKRuntime.lastOutput())
        }
    }
}
