// Sizes the iterated search's late-acceptance history and penalty updates to the iterations a run will get.

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
}
