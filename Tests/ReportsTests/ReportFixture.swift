// Test support: one plan of the Yanggao sample network, made once for every report test.
import DeliveryPlanning
import Foundation
import RoadNetwork

enum ReportFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The sample network and its plan (one hub candidate, one county).
    static let shared = Result { () throws -> (Network, NetworkPlan) in
        let network = try NetworkFile.read(root.appendingPathComponent("Networks/samples/yanggao").path)
        var scenario = Scenario()
        scenario.timeLimits.routingPerCounty = 1
        return (network, try PlanPipeline(scenario: scenario).run(on: network))
    }

    /// How many times `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
