// Proves a county's build-out optimal set by set: bounds on the last year's open sites, GLPK on the few left.
import GLPK
import SolverControl

/// The exact method for one county (see ``MultiPeriodSiteSets`` for the bounds): every plan has a set `S` of
/// sites open in its last year; the sets whose bound is below the incumbent are taken least bound first, and
/// each is solved by GLPK on the model of its sites alone (a few sites instead of twenty or more: a small model
/// whose LP is tight), first as an LP that may already reach the incumbent. The best of those plans is optimal
/// once every set left bounds at or above it. When the sets are too many to list, or time runs out, the best
/// plan so far and the least bound of the sets not settled are returned (GLPK on the whole county continues
/// from there).
enum MultiPeriodExact {
    /// What the method settled: the best plan (or the incumbent it was given), its cost, the proven bound.
    struct Outcome {
        var solution: MultiPeriodSolution?
        var objective: Double
        var bound: Double
        var proven: Bool
        /// Sets solved by GLPK (LP or MIP), and sets listed in all.
        var solved: Int
        var listed: Int
    }

    /// Relative tolerance under which a bound counts as meeting the incumbent (stricter than GLPK's own).
    static let tolerance = 1e-9
    /// Sets listed per round, and sets visited by the enumeration before it gives up.
    static let listLimit = 4_000
    static let workLimit = 20_000_000
    /// The first ceiling of the listed sets' bounds, as a share of the incumbent, and its rise per round.
    static let firstCeiling = 0.7
    static let ceilingStep = 1.04
    /// Most of the time one set's MIP may take: this share of the method's time, at least this many seconds.
    static let setShare = 0.05
    static let setSecondsLeast = 2.0

    /// Solves the county of `clients` and `sites` from `incumbent` (cost `upper`); `nil` when the method does not
    /// apply (``MultiPeriodSiteSets``'s conditions).
    static func solve(
        _ p: MultiPeriodProblem, clients: [Int], sites: [Int], incumbent: MultiPeriodSolution?, upper: Double,
        options: LocationOptions, budget: TimeBudget
    ) throws(LocationError) -> Outcome? {
        guard let sets = MultiPeriodSiteSets(p, clients: clients, sites: sites) else { return nil }
        let tight = !MultiPeriodSolver.lazyLinks(p, clients: clients, sites: sites)
        var out = Outcome(
            solution: incumbent, objective: incumbent == nil ? .infinity : upper, bound: 0, proven: false, solved: 0,
            listed: 0)
        func target() -> Double {
            out.objective.isFinite ? out.objective - tolerance * max(1, abs(out.objective)) : .infinity
        }
        func keep(_ r: (plan: MultiPeriodSolution?, objective: Double, bound: Double, settled: Bool)) {
            if let plan = r.plan, r.objective < out.objective {
                out.solution = plan
                out.objective = r.objective
            }
        }
        var settled = Set<UInt64>()
        let total = budget.remaining
        // The sets GLPK did not settle in the time it had, with their bounds.
        var unsettled: [(bound: Double, set: UInt64)] = []
        func leastUnsettled() -> Double { unsettled.map(\.bound).min() ?? .infinity }
        // Sets are listed below a ceiling that starts under the incumbent and rises until it reaches it (iterative
        // deepening): a low ceiling cuts the enumeration hard, and the sets below it give the better incumbent that
        // cuts the next round.
        // Every set bounded below `covered` is settled (or in `unsettled`).
        var covered = 0.0
        var ceiling = out.objective.isFinite ? firstCeiling * out.objective : .infinity
        while true {
            let limit = min(target(), ceiling)
            guard
                let round = sets.candidates(
                    below: limit, limit: listLimit, work: workLimit, skip: settled, stop: { budget.isExhausted })
            else {
                out.bound = max(0, min(leastUnsettled(), covered, out.objective))
                return out
            }
            out.listed += round.sets.count
            var left = round.dropped
            for (index, entry) in round.sets.enumerated() where entry.bound < min(target(), limit) {
                if budget.isExhausted {
                    left = min(left, round.sets[index...].map(\.bound).min() ?? .infinity)
                    break
                }
                settled.insert(entry.set)
                out.solved += 1
                // One set's MIP gets a share of the time: a tight packing may keep GLPK long on one set, whose
                // bound then stays open while the others are settled.
                let share = TimeBudget(
                    seconds: budget.remaining.map { min($0, max(setSecondsLeast, setShare * (total ?? $0))) },
                    cancellation: options.cancellation)
                let restricted = try solveSet(
                    p, clients: clients, sites: sets.members(entry.set), below: target(), tight: tight,
                    options: options, budget: share)
                keep(restricted)
                if !restricted.settled { unsettled.append((max(entry.bound, restricted.bound), entry.set)) }
            }
            // Every set below `limit` is settled unless the list was cut (`left`) or time ran out.
            let complete = left >= limit && !budget.isExhausted
            if complete && limit >= target() {
                // Last, the sets GLPK left open get the time left, least bound first.
                unsettled.sort { $0.bound < $1.bound }
                var index = 0
                while index < unsettled.count, unsettled[index].bound < target(), !budget.isExhausted {
                    let share = TimeBudget(
                        seconds: budget.remaining.map { $0 / Double(unsettled.count - index) },
                        cancellation: options.cancellation)
                    let restricted = try solveSet(
                        p, clients: clients, sites: sets.members(unsettled[index].set), below: target(),
                        tight: tight, options: options, budget: share)
                    keep(restricted)
                    if restricted.settled {
                        unsettled.remove(at: index)
                    } else {
                        unsettled[index].bound = max(unsettled[index].bound, restricted.bound)
                        index += 1
                    }
                }
            }
            let open = min(leastUnsettled(), left, limit)
            if budget.isExhausted || open >= target() || (complete && limit >= target()) {
                out.proven = open >= target()
                out.bound = out.proven ? out.objective : max(0, min(open, out.objective))
                return out
            }
            if complete {
                covered = limit
                ceiling = min(target(), ceiling * ceilingStep)
            }
        }
    }

    /// The best plan on `sites` alone that costs less than `below`: GLPK's LP first (enough when it is
    /// infeasible), then its MIP. The model carries the row `objective <= below` (``MultiPeriodModel``'s
    /// `cutoff`): GLPK does not know the incumbent of the other sets, and without the row it would go on to prove
    /// the set's own optimum where showing that nothing in the set beats `below` is enough (every node whose LP
    /// reaches `below` is cut). The set's sites are all forced open in the last year: the plans with fewer open
    /// are their own (smaller) sets, listed or cut by their own bound, and without them the LP cannot open the
    /// set's sites in fractions in the last year. `settled` when GLPK proved the plan optimal or that nothing in
    /// the set costs less than `below`. Only when `tight`: on Hebei 130281 (the county whose model has lazy
    /// links) the forced sites and the cutoff left a wider gap, 8.75% -> 9.7% (docs/years-benchmarks.md).
    /// Without them the set's model has its sites free and no cutoff (`settled` also when its LP reaches `below`).
    static func solveSet(
        _ problem: MultiPeriodProblem, clients: [Int], sites: [Int], below: Double, tight: Bool,
        options: LocationOptions, budget: TimeBudget
    ) throws(LocationError) -> (plan: MultiPeriodSolution?, objective: Double, bound: Double, settled: Bool) {
        var p = problem
        if tight { for i in sites { p.forced[i] = true } }
        let model = MultiPeriodModel(p, clients: clients, sites: sites, cutoff: tight ? below : nil)
        let lp = try? model.model.solveRelaxation(
            SolveOptions(timeLimit: budget.remaining, cancellation: options.cancellation))
        if let lp, lp.status == .infeasible { return (nil, .infinity, below, true) }
        if let lp, lp.status == .optimal, let value = lp.objective, value >= below {
            return (nil, .infinity, value, true)
        }
        let start = p.greedyPlan(clients: clients, sites: sites)
            .flatMap { model.values(of: $0, existingTier: p.existingTier) }
        // Tiers first: once they are whole, what is left is one assignment per year (on 平城区 140213 this found a
        // plan in 150 s 0.25% cheaper than GLPK's own order had after 400 s, docs/years-benchmarks.md).
        let outcome = try LocationGLPK.solve(
            model.model, options: options, budget: budget, warmStart: start,
            branchFirst: (model.level + model.closing).filter { $0 >= 0 })
        if outcome.status == .infeasible { return (nil, .infinity, below, true) }
        guard let values = outcome.values else {
            // Nothing found below the cutoff in time: GLPK's bound holds for the set up to `below`.
            return (nil, .infinity, max(0, outcome.bound.isFinite ? min(outcome.bound, below) : 0), false)
        }
        var plan = MultiPeriodSolution(sites: p.sites, clients: p.clients, years: p.years)
        MultiPeriodSolver.read(values, model: model, into: &plan)
        return (
            plan, outcome.objective, outcome.status == .optimal ? outcome.objective : outcome.bound,
            outcome.status == .optimal
        )
    }
}
