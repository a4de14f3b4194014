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
        /// The previous plan's routes (direct trips left out), to recompute ``routeMoved``.
        public var previousRoutes: [RouteStops] = []
        /// Villages that kept their center but whose route changed (``RouteChanges``), against the plan's routes.
        public var routeMoved: [String] = []
        public var villagesRouteMoved = 0
        /// The stability charge in yuan: W x (villages moved + villages whose route moved; a build-out: each
        /// year's moves plus the route moves of the routes planned). Priced by the location models and the
        /// routing search, not part of `costs` (money spent).
        public var charge: Double
        /// A build-out's moves and charges year by year (empty for a one-year plan).
        public var years: [Year]
        /// Previous routes that seeded the routing search (after dropping stops no longer on their center).
        public var warmStartRoutes: Int
    }
}

extension NetworkPlan.Continuity {
    enum CodingKeys: String, CodingKey {
        case from, stability, previous, moved, villagesMoved, previousRoutes, routeMoved, villagesRouteMoved, charge
        case years, warmStartRoutes
    }

    /// Reads a `continuity` section; one written before route changes were counted reads with none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        stability = try c.decode(Double.self, forKey: .stability)
        previous = try c.decode([NetworkPlan.Schedule.Assignment].self, forKey: .previous)
        moved = try c.decode([String].self, forKey: .moved)
        villagesMoved = try c.decode(Int.self, forKey: .villagesMoved)
        previousRoutes = try c.decodeIfPresent([RouteStops].self, forKey: .previousRoutes) ?? []
        routeMoved = try c.decodeIfPresent([String].self, forKey: .routeMoved) ?? []
        villagesRouteMoved = try c.decodeIfPresent(Int.self, forKey: .villagesRouteMoved) ?? 0
        charge = try c.decode(Double.self, forKey: .charge)
        years = try c.decode([Year].self, forKey: .years)
        warmStartRoutes = try c.decode(Int.self, forKey: .warmStartRoutes)
    }
}
