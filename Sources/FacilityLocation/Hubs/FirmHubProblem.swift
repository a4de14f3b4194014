// Firms choosing regional hubs: hubs shared by firms, a firm on several hubs, per-firm levers.

/// Which firms use which regional hubs, with the toll subsidy and the award per firm in the cost.
///
/// A hub opened at a site may serve several firms (快快合作): its fixed cost enters the objective once, however
/// many firms use it. A firm may use several hubs: each county center where it has parcels sends them on one
/// feeder line to one of its hubs, and one hub (its main hub) takes its warehouse outbound and transit; the
/// gateway lines follow from that (``FirmFlows``). Feeder lines carry fixed flows, so their yearly cost
/// (``feederCost``) is a constant of (firm, center, hub); gateway lines run as many round trips as the busier
/// direction needs, an integer variable. With `y_fch` (center `c` of firm `f` on hub `h`), `z_fh` (main hub),
/// `w_h` (hub open), `t_fhg` (round trips a day), `P` parcels a truck:
///
/// minimise `sum_h fixed_h w_h + sum feeder_fch y_fch + sum trip_hg t_fhg - sum_f s_f - awardPerYear sum_f a_f`
/// - `sum_h y_fch = 1` for every center with parcels of `f`, `sum_h z_fh = 1`; `y, z <= w`; `w_h <= sum y + z`;
///   `hubCount` bounds `sum_h w_h`; the firms' loads at `h` at most `capacity_h w_h`;
/// - `P t_fhg >=` each direction's parcels (linear in `y`, `z`: ``FirmFlows``), `t` integer;
/// - subsidy: `s_f <= share * sum tolls_hg t_fhg` over out-of-province gateway lines, `0 <= s_f <= cap`;
/// - award: `a_f` binary `<= sum_h r_fh`, `r_fh <= q_h`, `r_fh <= z_fh + sum_c y_fch` (the firm uses `h`), and
///   `q_h` only when hub `h` covers the range (``AwardCoverage``). So the award is paid at most once per firm.
public struct FirmHubProblem: Sendable {
    /// What a hub must cover for the award: a share of all parcels handled, or a number of counties whose centers
    /// send it parcels (of any firm).
    public enum AwardCoverage: Sendable, Equatable {
        case share(Double)
        case counties(Int)
    }

    /// Number of firms, hub candidates, county centers and gateways.
    public let firms: Int
    public let hubs: Int
    public let centers: Int
    public let gateways: Int
    /// Yearly fixed cost of each hub (paid once however many firms share it), its capacity (parcels a day).
    public var hubFixedCosts: [Double]
    public var hubCapacities: [Double?]
    /// How many hubs open in all.
    public var hubCount: ClosedRange<Int>
    /// Hubs kept open, and hubs that may not open.
    public var hubExisting: [Bool]
    public var hubClosed: [Bool]
    /// Each firm's flows (centers and gateways in this problem's order).
    public var flows: [FirmFlows]
    /// Yearly cost of firm `f`'s feeder line from center `c` to hub `h` (index `(f * centers + c) * hubs + h`).
    public var feederCost: [Double]
    /// Yearly cost and ETC tolls of one round trip a day from hub `h` to gateway `g` (index `h * gateways + g`),
    /// and whether that line earns the subsidy (the gateway lies outside the hub's province).
    public var tripCost: [Double]
    public var tripTolls: [Double]
    public var subsidised: [Bool]
    /// Parcels one truck carries.
    public var truckParcels: Double
    /// Refunded share of the subsidised tolls and the yearly cap per firm.
    public var subsidyShare: Double
    public var subsidyCap: Double
    /// The award per firm, as it counts in one year (the one-time award over its years), and its coverage.
    public var awardPerYear: Double
    public var awardCoverage: AwardCoverage
    /// The county (any index) of each center, for coverage in counties.
    public var centerCounty: [Int]
    /// Names of firms and hubs for messages.
    public var firmNames: [String]
    public var hubNames: [String]

    /// All parcels a day of all firms (the base of a coverage share).
    public var totalLoad: Double { flows.reduce(0) { $0 + $1.load } }

    /// Creates a problem; checks sizes and numbers, so nothing invalid reaches GLPK.
    public init(
        hubFixedCosts: [Double], hubCapacities: [Double?], hubCount: ClosedRange<Int>, flows: [FirmFlows],
        feederCost: [Double], tripCost: [Double], tripTolls: [Double], subsidised: [Bool], truckParcels: Double,
        subsidyShare: Double, subsidyCap: Double, awardPerYear: Double, awardCoverage: AwardCoverage,
        centerCounty: [Int]
    ) throws(LocationError) {
        let nf = flows.count, nh = hubFixedCosts.count, nc = centerCounty.count
        let ng = flows.first?.inbound.count ?? 0
        guard nf >= 1, nh >= 1 else { throw .badInput("firm hubs: need at least one firm and one hub candidate") }
        let sized = flows.allSatisfy { (f: FirmFlows) -> Bool in
            let centers = f.down.count == nc && f.up.count == nc
            return centers && f.inbound.count == ng && f.outbound.count == ng && f.transit.count == ng
        }
        let arrays = hubCapacities.count == nh && feederCost.count == nf * nc * nh && tripCost.count == nh * ng
        guard sized, arrays, tripTolls.count == nh * ng, subsidised.count == nh * ng else {
            throw .badInput("firm hubs: arrays do not match \(nf) firms x \(nc) centers x \(nh) hubs x \(ng) gateways")
        }
        guard hubCount.lowerBound >= 1, hubCount.upperBound <= nh else {
            throw .badInput("firm hubs: \(hubCount.lowerBound)-\(hubCount.upperBound) hubs asked, \(nh) candidates")
        }
        var numbers: [Double] = hubFixedCosts + feederCost
        numbers += tripCost + tripTolls
        numbers += hubCapacities.compactMap { $0 }
        for f in flows { numbers += f.down + f.up + f.inbound + f.outbound + f.transit }
        numbers += [subsidyCap, awardPerYear]
        guard numbers.allSatisfy({ $0.isFinite && $0 >= 0 }), truckParcels.isFinite, truckParcels > 0 else {
            throw .badInput("firm hubs: costs, tolls, flows, capacities, cap and award must be finite and >= 0")
        }
        if let f = flows.indices.first(where: { flows[$0].warehouse < -1e-9 * max(1, flows[$0].outboundTotal) }) {
            throw .badInput("firm hubs: firm \(f + 1) collects more produce than its gateway outbound")
        }
        guard (0...1).contains(subsidyShare) else { throw .badInput("firm hubs: the subsidy share must lie in [0, 1]") }
        switch awardCoverage {
        case .share(let s) where !(0...1).contains(s):
            throw .badInput("firm hubs: the award coverage share must lie in [0, 1]")
        case .counties(let n) where n < 0:
            throw .badInput("firm hubs: the award coverage in counties must be >= 0")
        default: break
        }
        firms = nf; hubs = nh; centers = nc; gateways = ng
        self.hubFixedCosts = hubFixedCosts; self.hubCapacities = hubCapacities; self.hubCount = hubCount
        hubExisting = [Bool](repeating: false, count: nh)
        hubClosed = [Bool](repeating: false, count: nh)
        self.flows = flows; self.feederCost = feederCost
        self.tripCost = tripCost; self.tripTolls = tripTolls; self.subsidised = subsidised
        self.truckParcels = truckParcels; self.subsidyShare = subsidyShare; self.subsidyCap = subsidyCap
        self.awardPerYear = awardPerYear; self.awardCoverage = awardCoverage; self.centerCounty = centerCounty
        firmNames = (0..<nf).map { "firm \($0 + 1)" }
        hubNames = (0..<nh).map { "hub \($0 + 1)" }
    }

    /// Round trips a day for `parcels` in the busier direction (at least one when anything moves).
    public func trips(_ parcels: Double) -> Int {
        parcels > 1e-9 ? Int((parcels / truckParcels * (1 - 1e-12)).rounded(.up)) : 0
    }

    /// Whether hub `h` covers the award's range, given its load and the counties whose centers it serves.
    public func covers(load: Double, counties: Int) -> Bool {
        switch awardCoverage {
        case .share(let s): load >= s * totalLoad * (1 - 1e-12)
        case .counties(let n): counties >= n
        }
    }

    /// Yearly cost and subsidised tolls of firm `f`'s gateway lines from the hubs flagged in `hubs`, each line's
    /// round trips those its busier direction needs.
    public func gatewayLines(
        firm f: Int, hubs used: [Bool], centerHub: [Int], main: Int
    ) -> (cost: Double, subsidisedTolls: Double) {
        var cost = 0.0, eligible = 0.0
        for h in 0..<hubs where used[h] {
            for g in 0..<gateways where flows[f].usesGateway(g) {
                let line = flows[f].gatewayLine(hub: h, gateway: g, centerHub: centerHub, main: main)
                let t = Double(trips(max(line.forward, line.back)))
                cost += t * tripCost[h * gateways + g]
                if subsidised[h * gateways + g] { eligible += t * tripTolls[h * gateways + g] }
            }
        }
        return (cost, eligible)
    }

    /// The plan of an assignment: `centerHub[f][c]` (-1 where the firm has no parcels) and `main[f]`, with its
    /// costs recomputed from the flows (trips rounded up, subsidy capped, award where the coverage holds).
    public func plan(centerHub: [[Int]], main: [Int]) -> FirmHubPlan {
        var plan = FirmHubPlan(centerHub: centerHub, main: main)
        var load = [Double](repeating: 0, count: hubs)
        var countiesOf = [Set<Int>](repeating: [], count: hubs)
        var used = [[Bool]](repeating: [Bool](repeating: false, count: hubs), count: firms)
        for f in 0..<firms {
            used[f][main[f]] = true
            for c in 0..<centers where centerHub[f][c] >= 0 {
                let h = centerHub[f][c]
                used[f][h] = true
                countiesOf[h].insert(centerCounty[c])
                plan.lines += feederCost[(f * centers + c) * hubs + h]
            }
            for h in 0..<hubs where used[f][h] {
                load[h] += flows[f].load(hub: h, centerHub: centerHub[f], main: main[f])
            }
            let gateway = gatewayLines(firm: f, hubs: used[f], centerHub: centerHub[f], main: main[f])
            plan.lines += gateway.cost
            plan.subsidy.append(min(subsidyShare * gateway.subsidisedTolls, subsidyCap))
        }
        plan.open = (0..<hubs).filter { h in (0..<firms).contains { used[$0][h] } }
        plan.hubsOf = (0..<firms).map { f in [main[f]] + (0..<hubs).filter { $0 != main[f] && used[f][$0] } }
        plan.load = load
        plan.awarded = (0..<firms).map { f in
            awardPerYear > 0 && plan.hubsOf[f].contains { covers(load: load[$0], counties: countiesOf[$0].count) }
        }
        plan.fixed = plan.open.reduce(0) { $0 + hubFixedCosts[$1] }
        plan.subsidyTotal = plan.subsidy.reduce(0, +)
        plan.award = Double(plan.awarded.filter { $0 }.count) * awardPerYear
        plan.total = plan.fixed + plan.lines - plan.subsidyTotal - plan.award
        return plan
    }
}

/// The firms' hubs: each firm's center routing and main hub, the open hubs, and the cost split (yearly yuan).
public struct FirmHubPlan: Sendable, Equatable {
    /// The hub of each firm's center (`centerHub[f][c]`, -1 where the firm has no parcels) and its main hub.
    public var centerHub: [[Int]]
    public var main: [Int]
    /// The hubs each firm uses, its main hub first; open hubs ascending; parcels a day each hub handles.
    public var hubsOf: [[Int]] = []
    public var open: [Int] = []
    public var load: [Double] = []
    /// Each firm's yearly subsidy and whether it receives the award.
    public var subsidy: [Double] = []
    public var awarded: [Bool] = []
    /// Hub fixed costs, line costs, subsidies, awards (per year) and the objective.
    public var fixed = 0.0, lines = 0.0, subsidyTotal = 0.0, award = 0.0, total = 0.0
}
