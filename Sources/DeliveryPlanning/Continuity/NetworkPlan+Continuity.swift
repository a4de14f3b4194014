// plan.json's `continuity`: a re-plan's previous assignments, the villages that moved and the stability charge.

extension NetworkPlan {
    /// What a plan made with `--from` keeps of the previous one (docs/plan.md, "Re-planning"): enough to
    /// recompute the moves and the stability charge without the previous file.
    public struct Continuity: Codable, Sendable, Equatable {
        /// One year of a build-out: villages served by another center than in the previous plan, and the charge.
        public struct Year: Codable, Sendable, Equatable {
            public var year: Int
            public var villagesMoved: Int
            public var charge: Double
        }

        /// The previous plan as given to `--from`.
        public var from: String?
        /// W: yuan per village served by another center than before (each year of a build-out); 0 without
        /// `stability` in the scenario.
        public var stability: Double
        /// The previous plan's village -> center assignments.
        public var previous: [Schedule.Assignment]
        /// Villages whose center in this plan's `assignments` (the last year's) differs from the previous one.
        public var moved: [String]
        public var villagesMoved: Int
        /// The stability charge in yuan (W x villages moved; a build-out: summed over the years). Priced by
        /// the location model, not part of `costs` (money spent).
        public var charge: Double
        /// A build-out's moves and charges year by year (empty for a one-year plan).
        public var years: [Year]
        /// Previous routes that seeded the routing search (after dropping stops no longer on their center).
        public var warmStartRoutes: Int
    }
}
