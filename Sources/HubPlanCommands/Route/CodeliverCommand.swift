// `hubplan codeliver`: what shared delivery (and the postal backstop) saves against each carrier driving alone.
import ArgumentParser
import DeliveryPlanning
import Foundation
import RoadNetwork

/// Compares carriers alone, shared delivery and the postal backstop, per county and in total.
struct CodeliverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codeliver",
        abstract:
            "Compare each carrier delivering alone with shared delivery from the county center (and a postal backstop).",
        discussion: """
            Schemes, on the same villages with the same fleet (docs/codeliver.md):
              alone     each carrier from its own depot (the network's carrier-depot nodes, else the county
                        center), its own vans and routes, its own parcels (China Post also collects the produce)
              shared    one sort at the county center, shared vans, one set of routes (快快合作)
              backstop  with --backstop-km K and/or --backstop-parcels P: villages farther than K road km from the
                        center or with fewer than P parcels a day ride China Post's routes for every carrier
                        (邮快合作); the rest are shared
            Reported per county and in total: km, vans, driver hours, cost (yuan/day), CO2 (kg/day; the emission \
            factor and its source are printed), parcels per van, and each scheme's savings against carriers alone. \
            --time-limit is the search time per county and scheme. Exit 1 names stops no van can serve \
            (--skip-infeasible leaves them out of every scheme). Ctrl-C stops with the best so far, marked \
            incomplete.

            Example:
              hubplan codeliver Networks/samples/yanggao --backstop-km 25
              hubplan codeliver Networks/datong --all --time-limit 2 --skip-infeasible --json > codeliver.json
            """
    )

    @Argument(help: "The network (folder, network.json or .geojson).")
    var network: String

    @Option(
        name: .customLong("backstop-km"), help: "China Post serves villages beyond this many road km from the center.")
    var backstopKm: Double?

    @Option(
        name: .customLong("backstop-parcels"), help: "China Post serves villages with fewer parcels a day than this.")
    var backstopParcels: Double?

    @Option(help: "Write the comparison (JSON) to this file.")
    var out: String?

    @OptionGroup var flags: RoutingFlags

    func validate() throws {
        if let backstopKm, !(backstopKm >= 0) { throw ValidationError("--backstop-km must be >= 0") }
        if let backstopParcels, !(backstopParcels >= 0) { throw ValidationError("--backstop-parcels must be >= 0") }
    }

    func run() throws {
        if let out { try OutputPath.checkFile(out) }
        let net = try NetworkFile.read(network)
        var request = CoDeliveryRequest(network: net)
        try flags.configure(&request, network: net)
        request.backstopKm = backstopKm
        request.backstopMaxParcels = backstopParcels
        let comparison = try CoDeliveryPlanner.compare(request, progress: flags.progress())
        if let out { try AtomicFile.write(try JSONOutput.data(comparison), to: out) }
        if flags.json {
            try JSONOutput.print(comparison)
        } else {
            print(CodeliverSummary.text(comparison))
        }
    }
}
