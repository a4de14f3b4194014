// A grid of scenarios (`hubplan sweep --vary hubs=3..5 --vary growth=1.0,1.5,2.0`) and the row of each result.
import Foundation

/// One varied parameter and its values.
public struct SweepAxis: Codable, Sendable, Equatable {
    /// The keys `--vary` accepts and what each sets.
    public static let keys: [String: String] = [
        "hubs": "hubs.count (exactly that many)", "growth": "demand.growth", "radius_km": "centers.radius_km",
        "radius_min": "centers.radius_min", "per_county": "centers.per_county",
        "toll_subsidy_share": "policy.toll_subsidy_share", "award_per_hub": "policy.award_per_firm",
        "toll_subsidy_cap": "policy.toll_subsidy_cap", "award_per_firm": "policy.award_per_firm",
        "co_delivery": "co_delivery (0 or 1)",
    ]

    public var key: String
    public var values: [Double]

    /// Parses `key=a,b,c` or `key=lo..hi` (whole steps).
    public static func parse(_ text: String) throws(PlanError) -> SweepAxis {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, keys[parts[0]] != nil else {
            throw .badInput(
                "--vary \(text): expected KEY=VALUES with KEY one of \(keys.keys.sorted().joined(separator: ", "))")
        }
        let spec = parts[1]
        var values: [Double] = []
        if spec.contains("..") {
            let ends = spec.components(separatedBy: "..").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard ends.count == 2, ends[0] <= ends[1], ends[1] - ends[0] < 1000 else {
                throw .badInput("--vary \(text): a range must be two whole numbers like 3..5")
            }
            values = (ends[0]...ends[1]).map(Double.init)
        } else {
            for item in spec.split(separator: ",") {
                guard let x = Double(item.trimmingCharacters(in: .whitespaces)), x.isFinite else {
                    throw .badInput("--vary \(text): \"\(item)\" is not a number")
                }
                values.append(x)
            }
        }
        guard !values.isEmpty else { throw .badInput("--vary \(text): no values") }
        return SweepAxis(key: parts[0], values: values)
    }

    /// `scenario` with this axis set to `value`.
    public func apply(_ value: Double, to scenario: Scenario) throws(PlanError) -> Scenario {
        var s = scenario
        func whole() throws(PlanError) -> Int {
            guard value >= 0, value == value.rounded(), value < 1e6 else {
                throw .badInput("--vary \(key): \(value) is not a whole number")
            }
            return Int(value)
        }
        switch key {
        case "hubs": s.hubs.count = try whole()...whole()
        case "growth":
            guard value > 0 else { throw .badInput("--vary growth: \(value) must be positive") }
            s.demand.growth = value
            s.demand.targetParcelsPerYear = nil
        case "radius_km": s.centers.radiusKm = value
        case "radius_min": s.centers.radiusMinutes = value
        case "per_county": s.centers.perCounty = max(1, try whole())
        case "toll_subsidy_share": s.policy.tollSubsidyShare = value
        case "award_per_hub", "award_per_firm": s.policy.awardPerFirm = value
        case "toll_subsidy_cap": s.policy.tollSubsidyCap = value
        default: s.coDelivery = value != 0
        }
        return s
    }
}

/// One point of a sweep and what its plan came to.
public struct SweepPoint: Codable, Sendable, Equatable {
    /// Whether the point has a plan.
    public enum Status: String, Codable, Sendable {
        case ok
        case infeasible
        case badInput = "bad-input"
    }

    /// The varied keys and their values at this point, in axis order.
    public var keys: [String]
    public var values: [Double]
    /// How the point's plan ended, with the message when not ok.
    public var status: Status
    public var message: String?
    /// Folder of this point's plan files, relative to the sweep's folder.
    public var folder: String
    public var complete: Bool
    public var hubs: Int
    public var centers: Int
    public var routes: Int
    public var totalCost: Double?
    public var hubAward: Double?
    public var tollSubsidy: Double?
    public var coDeliverySaving: Double?
    public var seconds: Double

    /// Every combination of the axes' values (the first axis varies slowest) applied to `base`.
    public static func grid(
        _ base: Scenario, _ axes: [SweepAxis]
    ) throws(PlanError) -> [(keys: [String], values: [Double], scenario: Scenario)] {
        var points: [(keys: [String], values: [Double], scenario: Scenario)] = [([], [], base)]
        for axis in axes {
            var next: [(keys: [String], values: [Double], scenario: Scenario)] = []
            for p in points {
                for v in axis.values {
                    next.append((p.keys + [axis.key], p.values + [v], try axis.apply(v, to: p.scenario)))
                }
            }
            points = next
        }
        return points
    }

    /// The row of a finished plan.
    public init(keys: [String], values: [Double], folder: String, plan: NetworkPlan) {
        self.keys = keys
        self.values = values
        status = .ok
        self.folder = folder
        complete = plan.complete
        hubs = plan.hubs.count
        centers = plan.centers.count
        routes = plan.routes.count
        totalCost = plan.costs.total
        hubAward = plan.costs.hubAward
        tollSubsidy = plan.costs.tollSubsidy
        coDeliverySaving = plan.savings?.costSaving
        seconds = plan.seconds
    }

    /// The row of a point without a plan (infeasible or bad input), with the reason.
    public init(keys: [String], values: [Double], folder: String, status: Status, message: String, seconds: Double) {
        self.keys = keys
        self.values = values
        self.status = status
        self.message = message
        self.folder = folder
        complete = false
        hubs = 0
        centers = 0
        routes = 0
        self.seconds = seconds
    }
}
