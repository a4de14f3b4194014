// Postal backstop (邮快合作): the scenario lever, which villages China Post serves for everyone, from which post office.
import RoadNetwork

extension Scenario {
    /// The postal backstop lever (`postal_backstop:` in a scenario file): China Post's township post offices
    /// deliver every carrier's parcels to remote or low-volume villages; the other carriers pay it a fee per parcel.
    ///
    /// A village goes to China Post when its road km to its county center exceeds `km`, or when it receives fewer
    /// than `maxParcels` parcels a day (all carriers). With neither given, `km` is 30.
    public struct PostalBackstop: Codable, Sendable, Equatable {
        /// Road km from the village to its county center beyond which China Post serves it.
        public var km: Double?
        /// Parcels a day (all carriers) below which China Post serves the village.
        public var maxParcels: Double?
        /// Yuan each other carrier pays China Post per parcel it delivers for them. Default 1.0: a modelling
        /// assumption (no published rate for the counties modelled), to be replaced by the county's own contract.
        public var feePerParcel = 1.0
        public init() {}
    }
}

/// Which villages the postal backstop takes and which post office serves each.
///
/// **Post offices**: nodes tagged `post-office` in the village's county when the network has any (their positions
/// are the network's); otherwise China Post's township branch is *modelled* at the seat of the village's township
/// (the `township-seat` node whose `township` matches), or the nearest township seat of the county, or at last the
/// village's own county center. Modelled positions are flagged (`position: "modelled"`) in the plan.
enum PostalBackstop {
    /// The carrier name China Post's backstop routes carry in plan.json.
    static let carrierID = "china-post"

    /// A backstop village and the post office that serves it (node indices).
    struct Pick: Equatable {
        var village: Int
        var postOffice: Int
        /// Road km to the village's county center, and why it was picked.
        var km: Double
        var reason: String
    }

    /// The villages of `assignments` (node id -> center id, km) that the lever sends to China Post.
    static func picks(
        network: Network, lever: Scenario.PostalBackstop, centerOf: [(node: String, center: String, km: Double)],
        roads: RoadDistances
    ) -> [Pick] {
        let index = network.nodeIndexByID()
        let km = lever.km ?? (lever.maxParcels == nil ? 30 : nil)
        var chosen: [(Int, Double, String)] = []
        for a in centerOf {
            guard let i = index[a.node], RouteStage.isStop(network, i) else { continue }
            let parcels = ScenarioNetwork.demand(of: network.nodes[i])
            guard parcels > 0 else { continue }
            if let km, a.km > km {
                chosen.append((i, a.km, "beyond \(fmt(km)) km"))
            } else if let p = lever.maxParcels, OperatingModelRouting.parcels(of: network.nodes[i]) < p {
                chosen.append((i, a.km, "under \(fmt(p)) parcels a day"))
            }
        }
        return chosen.map { i, km, reason in
            Pick(
                village: i,
                postOffice: postOffice(of: i, network: network, roads: roads, centers: centerOf, index: index),
                km: km, reason: reason)
        }
    }

    /// The post office of village `v` (see the type's documentation for the order of choice).
    static func postOffice(
        of v: Int, network: Network, roads: RoadDistances,
        centers: [(node: String, center: String, km: Double)], index: [String: Int]
    ) -> Int {
        let village = network.nodes[v]
        let county = network.nodes.indices.filter {
            network.nodes[$0].county == village.county && !network.nodes[$0].kind.isDemandPoint
        }
        let given = county.filter { network.nodes[$0].tags.contains("post-office") }
        let seats = county.filter { network.nodes[$0].tags.contains("township-seat") }
        if given.isEmpty,
            let own = seats.first(where: { village.township != nil && network.nodes[$0].township == village.township })
        {
            return own
        }
        let pool = given.isEmpty ? seats : given
        if pool.isEmpty {
            let center = centers.first { $0.node == village.id }.flatMap { index[$0.center] }
            return center ?? v
        }
        let m = roads.matrix(from: pool, to: [v])
        return pool.indices.min { m.km($0, 0) < m.km($1, 0) }.map { pool[$0] }!
    }

    /// A post office's position source: a `post-office` node's own; `modelled` for one placed at a township seat
    /// or center (the seat's position is known, the post office's is not).
    static func positionSource(_ node: Node) -> PositionSource {
        node.tags.contains("post-office") ? node.position : .modelled
    }

    static func fmt(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}
