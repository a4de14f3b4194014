// How a solve runs: limits, presolve, cuts, verbosity, warm start, lazy constraints and cancellation.
import SolverControl

/// GLPK's built-in cutting-plane generators for branch-and-cut.
public struct CutFamilies: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    /// Creates a set from its raw bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Gomory's mixed-integer cuts.
    public static let gomory = CutFamilies(rawValue: 1 << 0)
    /// Mixed-integer rounding cuts.
    public static let mir = CutFamilies(rawValue: 1 << 1)
    /// Mixed cover cuts. GLPK 5's cover generator uses a knapsack routine with static variables, so solves
    /// with cover cuts run one at a time (see docs/glpk.md); the others may run in parallel.
    public static let cover = CutFamilies(rawValue: 1 << 2)
    /// Clique cuts from the conflict graph.
    public static let clique = CutFamilies(rawValue: 1 << 3)
    /// All four families.
    public static let all: CutFamilies = [.gomory, .mir, .cover, .clique]
}

/// Settings for ``Model/solve(_:)`` and ``Model/solveRelaxation(_:)``.
public struct SolveOptions: Sendable {
    /// Wall-clock seconds for the whole solve; `nil` means no limit. The best solution found so far is
    /// returned when it runs out (``StopReason/timeLimit``).
    public var timeLimit: Double?
    /// Stop once `|objective - bound| / (|objective| + ε)` is at most this; 0 proves optimality.
    public var relativeGap: Double
    /// Let GLPK simplify the model first (its LP presolver, and its MIP presolver when no callback needs the
    /// original columns; see docs/glpk.md).
    public var presolve: Bool
    /// Cutting planes for branch-and-cut.
    public var cuts: CutFamilies
    /// Show GLPK's progress on stderr; silent otherwise.
    public var verbose: Bool
    /// A feasible value for every column (original order), handed to GLPK as its first incumbent.
    ///
    /// It is checked first (bounds, integrality within 1e-6, every row, and every lazy constraint the
    /// callback reports for it): GLPK itself accepts any vector. Integer entries are rounded.
    public var warmStart: [Double]?
    /// Row generation: called with each branch-and-bound node's LP optimum; see ``LazyConstraintContext``
    /// for the contract. Only returned rows violated by that point are added.
    public var lazyConstraints: (@Sendable (LazyConstraintContext) -> [LazyRow])?
    /// Integer columns to branch on before any other (the most fractional of them first), e.g. a model's
    /// design decisions before its assignments; empty: GLPK's own choice. Columns of the original model (a
    /// branching order turns GLPK's MIP presolver off, as a warm start does).
    public var branchFirst: [Int] = []
    /// Tripped (e.g. by Ctrl-C) to stop a branch-and-cut and return its incumbent (``StopReason/cancelled``).
    /// An LP is only checked before it starts: GLPK's simplex has no callback.
    public var cancellation: CancellationToken?

    /// Options with GLPK-like defaults: no limit, optimality, presolve on, no cuts, silent.
    public init(
        timeLimit: Double? = nil, relativeGap: Double = 0, presolve: Bool = true, cuts: CutFamilies = [],
        verbose: Bool = false, warmStart: [Double]? = nil,
        lazyConstraints: (@Sendable (LazyConstraintContext) -> [LazyRow])? = nil,
        cancellation: CancellationToken? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.verbose = verbose
        self.warmStart = warmStart
        self.lazyConstraints = lazyConstraints
        self.cancellation = cancellation
    }

    /// Problems with the options themselves (the warm start's feasibility is checked against the model).
    func problems(columnCount: Int) -> [String] {
        var problems: [String] = []
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            problems.append("timeLimit is \(timeLimit); it must be a finite number of seconds >= 0")
        }
        if !(relativeGap.isFinite && relativeGap >= 0) {
            problems.append("relativeGap is \(relativeGap); it must be finite and >= 0")
        }
        if let bad = branchFirst.first(where: { !(0..<columnCount).contains($0) }) {
            problems.append("branchFirst has column \(bad); the model has \(columnCount) columns")
        }
        if let warmStart {
            if warmStart.count != columnCount {
                problems.append("warmStart has \(warmStart.count) values; the model has \(columnCount) columns")
            }
            var list = ProblemList()
            for (j, value) in warmStart.enumerated() where !value.isFinite {
                list.add("warmStart[\(j)] is \(value)")
            }
            problems += list.messages
        }
        return problems
    }

    /// GLPK's time limit in milliseconds for what is left of `budget` (GLPK's INT_MAX means none).
    static func milliseconds(left budget: TimeBudget) -> Int32 {
        guard let remaining = budget.remaining else { return Int32.max }
        return Int32(min(remaining * 1000, Double(Int32.max - 1)).rounded(.up))
    }
}
