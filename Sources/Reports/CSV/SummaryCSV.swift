// summary.csv: one row per county (villages, parcels, centers, routes, km, cost, co-delivery saving).
import DeliveryPlanning
import Foundation
import RoadNetwork

/// The per-county table of a plan as CSV (RFC 4180 quoting, RoadNetwork's CSV writer).
public enum SummaryCSV {
    /// Column names, in order.
    public static let header =
        [
            "county", "name", "villages", "parcels_per_day", "centers", "routes", "route_km", "route_cost_per_day",
            "alone_cost_per_day", "shared_cost_per_day", "co_delivery_saving", "center_names",
        ] + OperatingModelsReport.csvHeader

    /// The CSV text, after a UTF-8 byte-order mark unless `byteOrderMark` is false.
    public static func data(_ plan: NetworkPlan, byteOrderMark: Bool = true) -> Data {
        let names = Dictionary(plan.centers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return CSVByteOrderMark.apply(
            CSVText.data(
                header: header,
                rows: plan.counties.map { c in
                    [
                        c.code, c.name, String(c.villages), number(c.parcelsPerDay), c.centers.joined(separator: " "),
                        String(c.routes),
                        number(c.routeKm), number(c.routeCostPerDay), c.savings.map { number($0.aloneCost) } ?? "",
                        c.savings.map { number($0.sharedCost) } ?? "",
                        c.savings.map { number($0.costSaving, digits: 4) } ?? "",
                        c.centers.map { names[$0] ?? $0 }.joined(separator: " "),
                    ]
                        + OperatingModelsReport.csvColumns(plan, county: c.code)
                }), byteOrderMark)
    }

    static func number(_ x: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
}
