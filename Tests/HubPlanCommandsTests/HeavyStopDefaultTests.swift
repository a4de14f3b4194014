// `route` and `codeliver` split stops heavier than every van by default, as `plan` does; --no-split-heavy refuses.
import Foundation
import Testing

struct HeavyStopDefaultTests {
    /// Yanggao's sample with one village of 1,000 parcels a day, more than the default 400-parcel van.
    static func heavyNetwork() throws -> String {
        let source = HubPlanProcess.root.appendingPathComponent("Networks/samples/yanggao/network.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as! [String: Any]
        var nodes = json["nodes"] as! [[String: Any]]
        let k = nodes.firstIndex { $0["id"] as? String == "v-140221101204" }!
        let parcels = nodes[k]["parcels"] as! [String: Double]
        nodes[k]["parcels"] = parcels.mapValues { $0 * 10 }
        json["nodes"] = nodes
        let path = (try HubPlanProcess.scratchFolder() as NSString).appendingPathComponent("heavy.json")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: ["route", "codeliver"])
    func heavyStopsAreSplitByDefault(command: String) throws {
        let network = try Self.heavyNetwork()
        let common = [command, network, "--all", "--time-limit", "0.2", "--quiet"]
        let byDefault = try HubPlanProcess.run(common)
        #expect(byDefault.status == 0, "\(byDefault.stderr)")
        let alias = try HubPlanProcess.run(common + ["--split-heavy"])
        #expect(alias.status == 0, "\(alias.stderr)")
        let refused = try HubPlanProcess.run(common + ["--no-split-heavy"])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(
            refused.stderr.contains("v-140221101204") && refused.stderr.contains("largest usable van"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("drop --no-split-heavy for direct trips to heavy stops"), "\(refused.stderr)")
    }
}
