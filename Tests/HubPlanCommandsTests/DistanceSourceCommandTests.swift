// A Datong county planned end to end on a `matrix` distance source: plan, verify, `network matrix`, changed file caught.
import Foundation
import RoadNetwork
import Testing

struct DistanceSourceCommandTests {
    /// Yanggao (Datong) with a generated pairs file: every ordered pair at great-circle x 1.7 + 0.5 km, 33 km/h,
    /// except `left out`, so plans on it differ from great-circle x 1.3 and one fallback is named.
    static func matrixNetwork(leftOut: (String, String)) throws -> (folder: String, network: Network) {
        let folder = try HubPlanProcess.scratchFolder()
        var network = try NetworkFile.read(PlanCommandTests.network)
        var from: [String] = [], to: [String] = [], km: [Double] = [], minutes: [Double] = []
        for a in network.nodes {
            for b in network.nodes where a.id != b.id && (a.id, b.id) != leftOut {
                let d = greatCircleKm(lon1: a.lon, lat1: a.lat, lon2: b.lon, lat2: b.lat) * 1.7 + 0.5
                from.append(a.id); to.append(b.id); km.append(d); minutes.append(d / 33 * 60)
            }
        }
        let pairs = DistancePairs(from: from, to: to, km: km, minutes: minutes)
        try DistancePairsFile.encode(pairs).write(to: URL(fileURLWithPath: folder + "/distances.csv"))
        network.distance.source = .matrix
        network.distance.file = "distances.csv"
        try CanonicalJSON.encode(network).write(to: URL(fileURLWithPath: folder + "/network.json"))
        return (folder, network)
    }

    @Test func aDatongCountyPlansAndVerifiesOnAMatrixSource() throws {
        let base = try NetworkFile.read(PlanCommandTests.network)
        let village = base.nodes.first { $0.kind == .village }!.id
        let center = base.nodes.first { $0.kind == .countyCenter }!.id
        let (folder, _) = try Self.matrixNetwork(leftOut: (village, center))
        let out = folder + "/out"
        let plan = try HubPlanProcess.run([
            "plan", folder, "--scenario", try PlanCommandTests.scenario(in: folder), "--out", out, "--quiet",
        ])
        #expect(plan.status == 0, "\(plan.stderr)")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/plan.json")))
            as! [String: Any]
        let distance = json["distance"] as? [String: Any]
        #expect(distance?["source"] as? String == "matrix")
        #expect(distance?["sha256"] as? String == SHA256.hex(file: folder + "/distances.csv"))
        // Every assignment's km is the file's figure (or, for the pair left out, the named fallback).
        let pairs = try NetworkFile.read(folder).distance.pairs!
        for a in json["assignments"] as! [[String: Any]] {
            let node = a["node"] as! String, site = a["center"] as! String, km = a["km"] as! Double
            if node == site { continue }
            if let expected = pairs.lookup(from: node, to: site) ?? pairs.lookup(from: site, to: node) {
                #expect(abs(km - expected.km) < 1e-6 || node == village, "\(node) -> \(site)")
            }
        }
        let warnings = json["warnings"] as! [String]
        #expect(
            warnings.contains { $0.contains(village) && $0.contains(center) && $0.contains("great-circle") }
                || !(json["assignments"] as! [[String: Any]]).contains {
                    $0["node"] as? String == village && $0["center"] as? String == center
                })

        let verify = try HubPlanProcess.run(["verify", folder, out])
        #expect(verify.status == 0 || verify.stdout.contains("violation: route"), "\(verify.stdout)")
        #expect(!verify.stdout.contains("violation: distance"))

        // The same plan against the network read on great-circle distances is caught.
        try CanonicalJSON.encode(base).write(to: URL(fileURLWithPath: folder + "/network.json"))
        let changed = try HubPlanProcess.run(["verify", folder, out])
        #expect(
            changed.status == 1 && changed.stdout.contains("violation: distance: the plan was made on matrix"),
            "\(changed.stdout)")
    }

    @Test func networkMatrixPrintsTheSourcesFigures() throws {
        let base = try NetworkFile.read(PlanCommandTests.network)
        let ids = Array(base.nodes.prefix(3).map(\.id))
        let (folder, _) = try Self.matrixNetwork(leftOut: (ids[2], ids[0]))
        let run = try HubPlanProcess.run(["network", "matrix", folder, "--ids", ids.joined(separator: ","), "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(json["source"] as? String == "matrix" && json["ids"] as? [String] == ids)
        let km = json["km"] as! [[Double]], minutes = json["minutes"] as! [[Double]]
        let a = base.nodes[0], b = base.nodes[1], c = base.nodes[2]
        #expect(abs(km[0][1] - (greatCircleKm(lon1: a.lon, lat1: a.lat, lon2: b.lon, lat2: b.lat) * 1.7 + 0.5)) < 1e-9)
        #expect(abs(minutes[0][1] - km[0][1] / 33 * 60) < 1e-9)
        #expect(km[0][0] == 0 && km[1][1] == 0)
        // The pair left out: great-circle x the network's circuity, named on stderr.
        let fallback = greatCircleKm(lon1: c.lon, lat1: c.lat, lon2: a.lon, lat2: a.lat) * base.distance.circuity
        #expect(abs(km[2][0] - fallback) < 1e-9 && km[2][0] > 0)
        #expect(run.stderr.contains("\(ids[2]) -> \(ids[0])"))
        let bad = try HubPlanProcess.run(["network", "matrix", folder, "--ids", "\(ids[0]),nope"])
        #expect(bad.status == 2 && bad.stderr.contains("no node \"nope\""))
    }
}
