// The flags `route` and `codeliver` share: which counties, search time and seed, output and progress.
import ArgumentParser
import DeliveryPlanning
import Foundation
import RoadNetwork

/// `--county`/`--all`, `--time-limit`, `--seed`, `--iterations`, `--json`, `--quiet`, `--skip-infeasible`, `--fleet`,
/// `--[no-]split-heavy`.
struct RoutingFlags: ParsableArguments {
    @Option(parsing: .upToNextOption, help: "County codes or names to plan (repeat or separate with commas).")
    var county: [String] = []

    @Flag(help: "Plan every county of the network.")
    var all = false

    @Option(name: .customLong("time-limit"), help: "Seconds of search per county (per scheme for codeliver).")
    var timeLimit: Double?

    @Option(help: "Seed of the search: the same seed gives the same routes.")
    var seed: UInt64 = 0

    @Option(help: "Stop each depot's search after this many iterations (reproducible regardless of machine speed).")
    var iterations: Int?

    @Flag(help: "Print JSON on stdout (and nothing else).")
    var json = false

    @Flag(help: "No progress on stderr.")
    var quiet = false

    @Flag(
        name: .customLong("skip-infeasible"), help: "Plan the other stops when some cannot be served; list the skipped."
    )
    var skipInfeasible = false

    @Option(help: "A fleet file (JSON, the FleetSpec fields) replacing the default rural fleet.")
    var fleet: String?

    /// On by default, so the shipped networks (whose busiest villages fill more than a van) plan as they are;
    /// `--no-split-heavy` refuses such stops (exit 1 naming them); `--split-heavy` stays accepted (a no-op).
    @Flag(
        name: .customLong("split-heavy"), inversion: .prefixedNo,
        help:
            "Serve stops (parcels or produce) heavier than every van by direct trips plus a routed remainder (default; --no-split-heavy: exit 1 naming them)."
    )
    var splitHeavy = true

    func validate() throws {
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        if all && !county.isEmpty { throw ValidationError("give --county or --all, not both") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must not be negative") }
    }

    /// The counties asked for (`nil` = all); a network of one county needs neither flag.
    func counties(of network: Network) throws -> [String]? {
        if all { return nil }
        let codes = county.flatMap { $0.split(separator: ",").map(String.init) }
        if !codes.isEmpty { return codes }
        if network.counties.count == 1 { return nil }
        throw ValidationError("\(network.name) has \(network.counties.count) counties: give --county CODE or --all")
    }

    /// The fleet: `--fleet FILE` or the documented default.
    func fleetSpec() throws -> FleetSpec {
        guard let fleet else { return .rural }
        return try FleetSpec.read(fleet)
    }

    /// Sets what these flags say on `request`, with Ctrl-C wired to its cancellation.
    func configure<Request: CountyRoutingOptions>(_ request: inout Request, network: Network) throws {
        request.counties = try counties(of: network)
        request.fleet = try fleetSpec()
        request.timeLimitPerCounty = timeLimit ?? request.timeLimitPerCounty
        request.seed = seed
        request.maxIterations = iterations
        // An iteration count stops the search, not the clock (as the plan's routingIterations does).
        if iterations != nil && timeLimit == nil { request.timeLimitPerCounty = 86_400 }
        request.skipInfeasible = skipInfeasible
        request.heavyStops = splitHeavy ? .directTrips : .infeasible
        request.cancellation = Interrupt.token()
    }

    /// A progress printer for stderr (nil with --quiet).
    func progress() -> ((CountyRoutingProgress) -> Void)? {
        guard !quiet else { return nil }
        return { p in
            let line =
                "county \(p.countiesDone)/\(p.countyCount) \(p.county) done, \(Quantity.format(p.seconds)) s, "
                + "cost so far \(Quantity.format(p.bestCost, decimals: 0)) yuan/day\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
