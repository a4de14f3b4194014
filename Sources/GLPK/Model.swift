// A linear or mixed-integer model as a value: columns and rows in flat arrays, built fast, solved by GLPK.

/// Whether the objective is minimised or maximised.
public enum OptimizationDirection: Sendable, Hashable {
    /// Find the smallest objective value.
    case minimize
    /// Find the largest objective value.
    case maximize
}

/// A linear program or mixed-integer program: variables with bounds, sparse linear constraints, an objective.
///
/// `Model` is a plain value (copy it, send it to another task); GLPK's `glp_prob` exists only for the
/// duration of ``solve(_:)``, ``solveRelaxation(_:)`` or an export. Columns are stored in parallel arrays and
/// rows in compressed sparse row form, so a model with a million non-zeros builds in milliseconds.
///
/// Mutators never trap and never throw: a bad index or a length mismatch is remembered and reported, with
/// every other problem, by ``validate()`` (which ``solve(_:)`` and the exports call first). GLPK aborts the
/// process on invalid input, so nothing reaches it unvalidated.
///
/// ```swift
/// var model = Model(name: "knapsack", direction: .maximize)
/// let items = model.addVariables(count: 3, kind: .binary)
/// for (j, value) in zip(items, [10.0, 13, 7]) { model.setObjective(Variable(index: j), value) }
/// model.addConstraint(indices: Array(items), coefficients: [4, 6, 3], .lessOrEqual(9))
/// let solution = try model.solve()
/// ```
public struct Model: Sendable {
    /// The model's name, written into exports (see ``validate()`` for the allowed characters).
    public var name: String
    /// Minimise or maximise.
    public var direction: OptimizationDirection
    /// A constant added to the objective.
    public var objectiveConstant: Double = 0

    var kinds: [VariableKind] = []
    var lower: [Double] = []
    var upper: [Double] = []
    var costs: [Double] = []
    var columnNames = NameTable()

    /// Row `i` owns entries `rowStart[i] ..< rowStart[i + 1]` of `entryColumns` and `entryValues`.
    var rowStart: [Int] = [0]
    var entryColumns: [Int] = []
    var entryValues: [Double] = []
    var rowBounds: [ConstraintBound] = []
    var rowNames = NameTable()

    /// Mistakes made through mutators that cannot throw; ``validate()`` reports them.
    var deferredProblems: [String] = []

    /// An empty model.
    public init(name: String = "", direction: OptimizationDirection = .minimize) {
        self.name = name
        self.direction = direction
    }

    /// The number of variables (columns).
    public var variableCount: Int { kinds.count }
    /// The number of constraints (rows).
    public var constraintCount: Int { rowBounds.count }
    /// The number of stored constraint coefficients (explicit zeros included; GLPK drops them).
    public var nonzeroCount: Int { entryValues.count }
    /// Whether any variable is integer or binary, so ``solve(_:)`` runs branch-and-cut.
    public var hasIntegerVariables: Bool { kinds.contains { $0 != .continuous } }

    /// Adds one variable and returns its handle.
    ///
    /// `lower` and `upper` default to `0` and `+infinity`, or to `0` and `1` for a binary variable.
    @discardableResult
    public mutating func addVariable(
        name: String? = nil, kind: VariableKind = .continuous, lower: Double? = nil, upper: Double? = nil,
        objective: Double = 0
    ) -> Variable {
        let index = kinds.count
        appendColumns(count: 1, kind: kind, lower: lower, upper: upper, objective: objective)
        if let name, !name.isEmpty { columnNames.append(index: index, name: name) }
        return Variable(index: index)
    }

    /// Adds `count` identical unnamed variables and returns their indices (use `Variable(index:)`).
    @discardableResult
    public mutating func addVariables(
        count: Int, kind: VariableKind = .continuous, lower: Double? = nil, upper: Double? = nil,
        objective: Double = 0
    ) -> Range<Int> {
        let first = kinds.count
        guard count >= 0 else {
            deferredProblems.append("addVariables: count \(count) is negative")
            return first..<first
        }
        appendColumns(count: count, kind: kind, lower: lower, upper: upper, objective: objective)
        return first..<(first + count)
    }

    private mutating func appendColumns(
        count: Int, kind: VariableKind, lower: Double?, upper: Double?, objective: Double
    ) {
        let defaultUpper = kind == .binary ? 1.0 : Double.infinity
        kinds.append(contentsOf: repeatElement(kind, count: count))
        self.lower.append(contentsOf: repeatElement(lower ?? 0, count: count))
        self.upper.append(contentsOf: repeatElement(upper ?? defaultUpper, count: count))
        costs.append(contentsOf: repeatElement(objective, count: count))
    }

    /// Sets the objective coefficient of `variable`.
    public mutating func setObjective(_ variable: Variable, _ coefficient: Double) {
        guard checkColumn(variable, in: "setObjective") else { return }
        costs[variable.index] = coefficient
    }

    /// Sets both bounds of `variable` (use `-.infinity` / `.infinity` for none).
    public mutating func setBounds(_ variable: Variable, lower: Double, upper: Double) {
        guard checkColumn(variable, in: "setBounds") else { return }
        self.lower[variable.index] = lower
        self.upper[variable.index] = upper
    }

    /// Changes the kind of `variable`; its bounds stay as they are.
    public mutating func setKind(_ variable: Variable, _ kind: VariableKind) {
        guard checkColumn(variable, in: "setKind") else { return }
        kinds[variable.index] = kind
    }

    private mutating func checkColumn(_ variable: Variable, in function: String) -> Bool {
        if variable.index >= 0 && variable.index < kinds.count { return true }
        deferredProblems.append(
            "\(function): variable index \(variable.index) is out of range (the model has \(kinds.count) columns)")
        return false
    }

    /// Adds the row `Σ coefficient·variable` with `bound` and returns its handle.
    @discardableResult
    public mutating func addConstraint(
        _ terms: [(Variable, Double)], _ bound: ConstraintBound, name: String? = nil
    ) -> Constraint {
        entryColumns.reserveCapacity(entryColumns.count + terms.count)
        entryValues.reserveCapacity(entryValues.count + terms.count)
        for (variable, coefficient) in terms {
            entryColumns.append(variable.index)
            entryValues.append(coefficient)
        }
        return closeRow(bound, name: name)
    }

    /// Adds the row `Σ coefficients[k]·x[indices[k]]` with `bound`: the fast path for bulk building.
    ///
    /// A column may appear at most once in a row; `indices` and `coefficients` must have the same length.
    @discardableResult
    public mutating func addConstraint(
        indices: [Int], coefficients: [Double], _ bound: ConstraintBound, name: String? = nil
    ) -> Constraint {
        var count = indices.count
        if indices.count != coefficients.count {
            count = min(indices.count, coefficients.count)
            deferredProblems.append(
                "addConstraint: row \(rowBounds.count)\(name.map { " \"\($0)\"" } ?? ""): \(indices.count) "
                    + "indices but \(coefficients.count) coefficients")
        }
        if count == indices.count {
            entryColumns.append(contentsOf: indices)
        } else {
            entryColumns.append(contentsOf: indices[..<count])
        }
        if count == coefficients.count {
            entryValues.append(contentsOf: coefficients)
        } else {
            entryValues.append(contentsOf: coefficients[..<count])
        }
        return closeRow(bound, name: name)
    }

    private mutating func closeRow(_ bound: ConstraintBound, name: String?) -> Constraint {
        let index = rowBounds.count
        rowBounds.append(bound)
        rowStart.append(entryValues.count)
        if let name, !name.isEmpty { rowNames.append(index: index, name: name) }
        return Constraint(index: index)
    }

    /// Changes the bound of `constraint`.
    public mutating func setBound(_ constraint: Constraint, _ bound: ConstraintBound) {
        guard constraint.index >= 0 && constraint.index < rowBounds.count else {
            deferredProblems.append(
                "setBound: constraint index \(constraint.index) is out of range (the model has "
                    + "\(rowBounds.count) rows)")
            return
        }
        rowBounds[constraint.index] = bound
    }

    /// The objective value of `values` (one entry per column), including ``objectiveConstant``.
    ///
    /// Returns NaN when `values` does not have one entry per column.
    public func objectiveValue(at values: [Double]) -> Double {
        guard values.count == kinds.count else { return .nan }
        var total = objectiveConstant
        for j in 0..<costs.count where costs[j] != 0 { total += costs[j] * values[j] }
        return total
    }

    /// The value of row `row`'s linear form at `values` (caller guarantees a valid row and full vector).
    func activity(ofRow row: Int, at values: [Double]) -> Double {
        var sum = 0.0
        for k in rowStart[row]..<rowStart[row + 1] {
            let column = entryColumns[k]
            if column >= 0 && column < values.count { sum += entryValues[k] * values[column] }
        }
        return sum
    }

    /// The name of column `index`, if it has one.
    func columnName(_ index: Int) -> String? { columnNames.name(of: index) }

    /// The name of row `index`, if it has one.
    func rowName(_ index: Int) -> String? { rowNames.name(of: index) }
}
