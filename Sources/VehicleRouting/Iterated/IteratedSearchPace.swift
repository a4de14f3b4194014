// Sizes the iterated search's late-acceptance history and penalty updates to the iterations a walk has done.

extension IteratedSearchParameters {
    /// Iterations a run should have for each entry of the late-acceptance history: at fewer, the history is
    /// shortened (never below ``shortestHistory``).
    static let iterationsPerHistoryEntry = 80
    /// The shortest history a short run gets.
    static let shortestHistory = 30
    /// Iterations a run should have for each local-search result between two penalty updates.
    static let iterationsPerWindowResult = 50
    /// The shortest window between two penalty updates a short run gets.
    static let shortestWindow = 50
    /// The iterations at which the walk refits itself (``scheduled(atIteration:)``): each twice the one
    /// before, the last where ``fitted(toIterations:)`` gives back the defaults.
    static let refitIterations = [3_125, 6_250, 12_500, 25_000]

    /// These parameters fitted to a run of about `iterations` iterations.
    ///
    /// PyVRP's history of 300 iterations and penalty updates every 500 results suit its minutes-long runs. A
    /// county gets 2 s, about 2,500 iterations on Pingshan's 700 stops: five penalty updates in all, so a
    /// walk whose starting load weight is too low stays overloaded for 2,000 iterations, and a history that
    /// long accepts 300 steps of drift (docs/benchmarks/county-ils.md). A shorter run gets a history of one
    /// entry per ``iterationsPerHistoryEntry`` iterations and an update every ``iterationsPerWindowResult``;
    /// updated ten times as often, the weights rise by a gentler factor (1.25 instead of 1.5), or they swing
    /// up to the bound. From 25,000 iterations on nothing changes.
    func fitted(toIterations iterations: Int) -> IteratedSearchParameters {
        var fitted = self
        fitted.historyLength = min(
            historyLength, max(Self.shortestHistory, iterations / Self.iterationsPerHistoryEntry))
        fitted.penaltyWindow = min(
            penaltyWindow, max(Self.shortestWindow, iterations / Self.iterationsPerWindowResult))
        if fitted.penaltyWindow < penaltyWindow { fitted.penaltyIncrease = min(penaltyIncrease, 1.25) }
        return fitted
    }

    /// The parameters in force at `iteration` of a short run (``WalkPace``): fitted to the iterations done by
    /// the last refit point reached (``refitIterations``), so the run starts with a short history and frequent
    /// penalty updates and grows into PyVRP's settings.
    ///
    /// Before, the walk fitted itself once to the iterations its first 50 predicted: at 60 s the prediction was
    /// up to 14 times short, and near the boundary a few milliseconds chose the path (docs/benchmarks/
    /// scale-seeds.md). On the schedule a run's settings at each iteration no longer depend on the clock.
    func scheduled(atIteration iteration: Int) -> IteratedSearchParameters {
        fitted(toIterations: Self.refitIterations.last { $0 <= iteration } ?? 0)
    }
}

/// The settings a walk runs on as it goes: a short run (by its iteration limit, or by the pace of its first
/// iterations under a time limit) follows ``IteratedSearchParameters/scheduled(atIteration:)``; a long one
/// keeps the given parameters.
///
/// Long runs do not follow the schedule: at 60 s (50,000-200,000 iterations) its short first thousands of
/// iterations cost 0.3-0.8% on the long-horizon Homberger instances R2_8_2, RC2_8_2 and RC2_10_2, four seeds
/// each, while runs of up to 10,000 iterations gain from it (docs/benchmarks/pace-schedule.md). Under a time
/// limit the pace is measured twice: at ``probe``, early enough for a county's 2,500 iterations, and at
/// ``check``, from the iterations since the probe, because the first ones are several times slower (a full
/// local search follows every new best); a run the check finds long leaves the schedule.
struct WalkPace {
    /// The iteration at which a time-limited run first measures its pace.
    static let probe = 50
    /// The iteration at which a time-limited run on the schedule measures its pace again.
    static let check = 1_000
    /// Fewest iterations of a long run: from here the schedule gives the parameters back unchanged.
    static let longRun = IteratedSearchParameters.refitIterations.last!

    /// How the settings changed: the history keeps its entries and grows, or starts again.
    enum Change { case grown, restarted }

    private let given: IteratedSearchParameters
    private let maxIterations: Int?
    /// The settings in force.
    private(set) var parameters: IteratedSearchParameters
    private var onSchedule: Bool
    private var probedAt: Double?

    init(_ given: IteratedSearchParameters, maxIterations: Int?) {
        self.given = given
        self.maxIterations = maxIterations
        onSchedule = maxIterations.map { $0 < WalkPace.longRun } ?? false
        parameters = onSchedule ? given.scheduled(atIteration: 0) : given
    }

    /// Moves to `iteration` (`elapsed` seconds since the walk started, of `limit`); returns how the settings
    /// changed, if they did.
    mutating func advance(to iteration: Int, elapsed: () -> Double, limit: Double?) -> Change? {
        if let limit, iteration == WalkPace.probe {
            let now = elapsed()
            probedAt = now
            onSchedule = expected(iteration, perIteration: now / Double(iteration - 1), now, limit) < WalkPace.longRun
            return set(onSchedule ? given.scheduled(atIteration: iteration) : given, .restarted)
        }
        if let limit, let since = probedAt, onSchedule, iteration == WalkPace.check {
            let now = elapsed()
            let perIteration = (now - since) / Double(WalkPace.check - WalkPace.probe)
            if expected(iteration, perIteration: perIteration, now, limit) >= WalkPace.longRun {
                onSchedule = false
                return set(given, .grown)
            }
        }
        guard onSchedule, IteratedSearchParameters.refitIterations.contains(iteration) else { return nil }
        return set(given.scheduled(atIteration: iteration), .grown)
    }

    /// The iterations the run will get, for fleet reduction's share of them: the iteration limit, or the `done`
    /// iterations of `elapsed` seconds extrapolated to `limit`, whichever is fewer. Asked only when a phase is
    /// otherwise due on a capacity-bound day; before, the first 50 iterations' pace decided it, several times
    /// short at 60 s (docs/benchmarks/pace-schedule.md).
    func plannedIterations(done: Int, elapsed: Double, limit: Double?) -> Int {
        guard let limit else { return maxIterations ?? done }
        return expected(done, perIteration: elapsed / Double(max(1, done)), elapsed, limit)
    }

    /// The iterations a run at `iteration` after `now` seconds will have done by `limit` at `perIteration`.
    private func expected(_ iteration: Int, perIteration: Double, _ now: Double, _ limit: Double) -> Int {
        let more = iteration + Int(min(1e9, max(0, limit - now) / max(1e-9, perIteration)))
        return min(more, maxIterations ?? more)
    }

    private mutating func set(_ next: IteratedSearchParameters, _ change: Change) -> Change? {
        guard next != parameters else { return nil }
        parameters = next
        return change
    }
}
