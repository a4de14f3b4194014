// `hubplan route`: vans from each county center to its villages by road, county by county.
import ArgumentParser
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Routes the villages of one county or all counties of a network from their centers.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Plan the delivery routes from each county center to its villages (shared vans, all carriers).",
        discussion: """
            Stops are villages and township seats with parcels or produce to collect (urban communities are the \
            carriers' in-town delivery and are left out). Depots are the network's county-center nodes (a village \
            goes to the nearest one) or, with --centers, the open sites of a `hubplan locate` plan and its \
            assignments. Distances and times are by road (the great-circle x circuity fallback where the network \
            has no roads). The fleet is FleetSpec.rural (docs/codeliver.md): 400-parcel vans, cold vans for \
            cold-chain produce, an 8-hour shift, the depot open 07:00-19:00.

            A stop no van can serve (its window closes before any van can arrive, a cold-chain pickup without a \
            cold van, more parcels than the largest van) makes the run fail with exit 1 naming every such stop; \
            with --skip-infeasible the rest is planned and the skipped stops are listed. Ctrl-C stops with the \
            best routes so far, marked incomplete. Progress goes to stderr unless --quiet.

            Example:
              hubplan route Networks/samples/yanggao
              hubplan route Networks/datong --all --time-limit 3 --skip-infeasible --out routes.json
            """
    )

    @Argument(help: "The network (folder, network.json or .geojson).")
    var network: String

    @Option(help: "A `hubplan locate` plan (JSON) whose open sites are the depots.")
    var centers: String?

    @Option(help: "Write the routes (JSON) to this file.")
    var out: String?

    @OptionGroup var flags: RoutingFlags

    func run() throws {
        if let out { try OutputPath.checkFile(out) }
        let net = try NetworkFile.read(network)
        var request = CountyRoutingRequest(network: net)
        try flags.configure(&request, network: net)
        if let centers { request.centers = .plan(try Self.readPlan(centers)) }
        let routes = try CountyRouter.solve(request, progress: flags.progress())
        if let out { try AtomicFile.write(try JSONOutput.data(routes), to: out) }
        if flags.json {
            try JSONOutput.print(routes)
        } else {
            print(RouteSummary.text(routes))
        }
    }

    /// Reads a location plan written by `hubplan locate --out`.
    static func readPlan(_ path: String) throws -> LocationPlan {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandLineError("\(path): cannot read the plan file")
        }
        do {
            return try JSONDecoder().decode(LocationPlan.self, from: data)
        } catch {
            throw CommandLineError("\(path): not a hubplan location plan (\(error))")
        }
    }
}
