// `hubplan locate`: where county centers and regional hubs go on a network, with a plan file and a summary.
import ArgumentParser
import DeliveryPlanning
import FacilityLocation
import Foundation
import RoadNetwork

/// Solves a location model on a network and prints (or writes) the plan.
struct LocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate",
        abstract: "Choose county centers, regional hubs or other sites on a network (GLPK-backed models).",
        discussion: """
            Models (--model):
              county-center  every county gets its center(s) (--centers-per-county,
                             default 1+); villages use a center of their own county
                             (--cross-county to lift); fixed + transport cost
              hubs           3-5 regional hubs (--p-range) serving the county
                             centers, chosen in the same model (or --centers given:
                             the network's county-center nodes); line-haul and
                             tolls; --toll-subsidy applies Datong's 30% ETC refund,
                             capped at 500,000 yuan per carrier; with chosen centers
                             the time limit defaults to 120 s (the joint MIP is large)
              p-median       p sites minimising parcel-km
              p-center       p sites minimising the longest km
              cover          fewest sites (--min-cost: cheapest) with every village
                             within the radius
              max-cover      p sites covering the most parcels within the radius
              ufl / cfl      fixed + transport cost, without / with site capacities
                             (--split for split demand)

            Demand points are villages, communities and township seats (parcels \
            delivered plus produce collected per day); candidate centers are county-center \
            and candidate-site nodes; hub candidates are regional-hub nodes. Distances are \
            road km and minutes (the great-circle fallback where the network has no roads). \
            Transport cost = --cost-per-parcel-km x --days x parcels/day x km, in the unit \
            of the sites' fixed costs (yuan per year). An infeasible request exits with 1 \
            and names the county, sites or villages at fault. Ctrl-C stops with the best \
            plan so far.

            Examples:
              hubplan locate Networks/datong --model county-center --radius-min 60 \\
                --out plan.json
              hubplan locate Networks/datong --model hubs --p-range 3-5 --toll-subsidy
            """
    )

    @Argument(help: "The network (folder, network.json or .geojson).")
    var network: String

    @Option(help: "county-center, hubs, p-median, p-center, cover, max-cover, ufl or cfl.")
    var model: LocationRequest.Model

    @Option(help: "Number of sites (p-median, p-center, max-cover) or of hubs.")
    var p: Int?

    @Option(name: .customLong("p-range"), help: "A range of hubs, e.g. 3-5 (hubs).")
    var pRange: String?

    @Option(name: .customLong("radius-km"), help: "Service radius in road km.")
    var radiusKm: Double?

    @Option(name: .customLong("radius-min"), help: "Service radius in minutes.")
    var radiusMin: Double?

    @Option(name: .customLong("centers-per-county"), help: "1+ (at least one, default), 2 (exactly), 0-2 (a range).")
    var centersPerCounty: String = "1+"

    @Flag(name: .customLong("cross-county"), help: "Let villages use a center in another county.")
    var crossCounty = false

    @Option(help: "Most to spend on fixed costs (yuan per year).")
    var budget: Double?

    @Flag(help: "Let a village's parcels be split between centers (default: one center each).")
    var split = false

    @Option(parsing: .upToNextOption, help: "Candidate sites (ids or names) that may not open.")
    var closed: [String] = []

    @Option(name: .customLong("open"), parsing: .upToNextOption, help: "Candidate sites (ids or names) that must open.")
    var openSites: [String] = []

    @Flag(name: .customLong("min-cost"), help: "Cover: minimise fixed cost instead of the number of sites.")
    var minCost = false

    @Option(name: .customLong("cost-per-parcel-km"), help: "Village transport cost, yuan per parcel-km.")
    var costPerParcelKm: Double = 0.01

    @Option(help: "Days of demand per year (the fixed costs' period).")
    var days: Double = 365

    @Option(name: .customLong("line-haul-per-parcel-km"), help: "Center-hub line-haul cost, yuan per parcel-km.")
    var lineHaul: Double = 0.002

    @Option(name: .customLong("toll-per-parcel-km"), help: "ETC tolls on center-hub lines, yuan per parcel-km.")
    var toll: Double = 0.0005

    @Flag(
        name: .customLong("toll-subsidy"),
        help:
            "What-if: refund 30% of the center-hub tolls, at most 500,000 yuan per carrier a year. Datong's rule pays only on hub -> gateway lines out of the province: `hubplan plan` prices that."
    )
    var tollSubsidy = false

    @Option(help: "Hubs: chosen (with the hubs, default) or given (the network's county-center nodes).")
    var centers: HubCenters = .chosen

    @Option(help: "Write the plan (JSON) to this file.")
    var out: String?

    @OptionGroup var flags: LocationSolveFlags

    func validate() throws {
        if p != nil && pRange != nil { throw ValidationError("give --p or --p-range, not both") }
        if let p, p < 1 { throw ValidationError("--p must be at least 1") }
        _ = try LocateArguments.range(pRange)
        _ = try LocateArguments.centerCount(centersPerCounty)
    }

    func run() throws {
        if let out { try OutputPath.checkFile(out) }
        var request = LocationRequest(model: model)
        request.count = try p.map { $0...$0 } ?? LocateArguments.range(pRange)
        request.radiusKm = radiusKm
        request.radiusMinutes = radiusMin
        request.centersPerCounty = try LocateArguments.centerCount(centersPerCounty)
        request.crossCounty = crossCounty
        request.budget = budget
        request.singleSource = !split
        request.closedSites = closed.flatMap { $0.split(separator: ",").map(String.init) }
        request.openSites = openSites.flatMap { $0.split(separator: ",").map(String.init) }
        request.coverByCost = minCost
        request.costPerParcelKm = costPerParcelKm
        request.daysPerYear = days
        request.lineHaulPerParcelKm = lineHaul
        request.tollPerParcelKm = toll
        request.tollSubsidy = tollSubsidy
        request.centersGiven = centers == .given
        request.options = flags.options()
        if flags.timeLimit == nil && request.model == .hubs && !request.centersGiven {
            // The joint two-level MIP rarely closes its gap on a real network; without a limit it would not stop.
            request.options.timeLimit = 120
        }
        let net = try NetworkFile.read(network)
        let plan = try LocationPlanner.plan(network: net, request: request)
        if let out { try AtomicFile.write(try JSONOutput.data(plan), to: out) }
        if flags.json {
            try JSONOutput.print(plan)
        } else {
            print(LocateSummary.text(plan))
        }
    }
}
