// Tests that each county page rendered from its cut of the plan and network equals the page from the whole.
import DeliveryPlanning
import Foundation
import Reports
import RoadNetwork
import Testing

@testable import HubPlanCommands

struct CountyPageInputsTests {
    /// Two sample counties (Yanggao, Shanxi; Laiyuan, Hebei) as one network, planned with short routing.
    static func twoCounties() throws -> (Network, NetworkPlan) {
        let samples = HubPlanProcess.root.appendingPathComponent("Networks/samples")
        var network = try NetworkFile.read(samples.appendingPathComponent("yanggao").path)
        let laiyuan = try NetworkFile.read(samples.appendingPathComponent("laiyuan").path)
        network.counties += laiyuan.counties
        network.nodes += laiyuan.nodes
        var scenario = Scenario()
        scenario.timeLimits.routingPerCounty = 0.2
        scenario.timeLimits.routingIterations = 200
        return (network, try PlanPipeline(scenario: scenario).run(on: network))
    }

    @Test func aCutPageEqualsTheWholePage() throws {
        let (network, plan) = try Self.twoCounties()
        #expect(plan.counties.count == 2 && !plan.routes.isEmpty)
        let pages = CountyPageInputs(plan, network: network)
        for language in [ReportLanguage.zh, .en] {
            let options = ReportOptions(language: language)
            for county in plan.counties {
                let part = pages.cut(county.code)
                // Only the county's own nodes are kept (neither sample names the other county's nodes).
                #expect(part.network.nodes.allSatisfy { $0.county == county.code })
                #expect(part.network.nodes.count < network.nodes.count)
                let whole = CountyPage.render(plan, county: county.code, network: network, options: options)
                let cut = CountyPage.render(part.plan, county: county.code, network: part.network, options: options)
                #expect(whole != nil && cut == whole)
            }
        }
    }
}
