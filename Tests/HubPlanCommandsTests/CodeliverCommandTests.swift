// Tests of `hubplan codeliver`: the comparison table and its JSON, with the backstop.
import Foundation
import Testing

struct CodeliverCommandTests {
    @Test func jsonComparesTheThreeSchemes() throws {
        let run = try HubPlanProcess.run([
            "codeliver", RouteCommandTests.sample("yanggao"), "--backstop-km", "25",
            "--time-limit", "0.5", "--json", "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(json["format"] as? String == "hubplan-codeliver/1")
        let alone = json["alone"] as! [String: Any], shared = json["shared"] as! [String: Any]
        // The same parcels, summed route by route in another order: equal up to rounding.
        #expect(abs((shared["parcels"] as! Double) - (alone["parcels"] as! Double)) < 1e-6)
        #expect((shared["km"] as! Double) < (alone["km"] as! Double))
        #expect(json["backstop"] != nil && json["backstopSavings"] != nil)
        let county = (json["counties"] as! [[String: Any]])[0]
        #expect((county["carriers"] as! [[String: Any]]).count == 8)
    }

    @Test func tableStatesTheEmissionFactor() throws {
        let run = try HubPlanProcess.run(["codeliver", RouteCommandTests.sample("laiyuan"), "--time-limit", "0.5"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("alone") && run.stdout.contains("shared") && !run.stdout.contains("backstop"))
        #expect(run.stdout.contains("CO2: van: 0.226 kg CO2 per km"))
    }
}
