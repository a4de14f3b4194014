// Hostile `hubplan locate` requests: a limit too short for any plan, a budget a model ignores, a site both
// closed and forced open.
import Foundation
import Testing

struct LocateHostileTests {
    static let yanggao = HubPlanProcess.root.appendingPathComponent("Networks/samples/yanggao").path
    static let datong = HubPlanProcess.root.appendingPathComponent("Networks/datong").path

    @Test func aHubsSolveStoppedBeforeAnyPlanExitsOneWithAndWithoutJSON() throws {
        for json in [false, true] {
            let run = try HubPlanProcess.run(
                ["locate", Self.datong, "--model", "hubs", "--time-limit", "0.01"]
                    + (json ? ["--json"] : []))
            #expect(run.status == 1, "json \(json): \(run.stderr)")
            #expect(run.stderr.contains("hubs: no solution found within the limit of 0.01 s"), "\(run.stderr)")
            #expect(run.stdout.isEmpty, "a stopped search prints no plan: \(run.stdout)")
        }
    }

    @Test(arguments: [
        ["--model", "p-median", "--p", "1"], ["--model", "max-cover", "--p", "1", "--radius-km", "20"],
        ["--model", "ufl"], ["--model", "cfl"], ["--model", "p-center", "--p", "1"],
        ["--model", "cover", "--radius-km", "20"],
    ])
    func aBudgetTheModelWouldIgnoreIsRefused(model: [String]) throws {
        let run = try HubPlanProcess.run(["locate", Self.yanggao] + model + ["--budget", "0"])
        #expect(run.status == 2, "\(model): \(run.stderr)")
        #expect(run.stderr.contains("--budget applies to the county-center and hubs models only"), "\(run.stderr)")
    }

    @Test func aBudgetIsAppliedByTheCountyCenterModel() throws {
        let run = try HubPlanProcess.run(["locate", Self.yanggao, "--model", "county-center", "--budget", "0"])
        // No center can open for nothing, and every county needs one: infeasible, not ignored.
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        let negative = try HubPlanProcess.run(["locate", Self.yanggao, "--model", "county-center", "--budget=-5"])
        #expect(
            negative.status == 2 && negative.stderr.contains("--budget must be a non-negative"), "\(negative.stderr)")
    }

    @Test func aSiteBothClosedAndForcedIsBadInputNamingIt() throws {
        let run = try HubPlanProcess.run([
            "locate", Self.yanggao, "--model", "county-center",
            "--open", "ts-140221100", "--closed", "ts-140221100",
        ])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(
            run.stderr.contains("--open: candidate site \"ts-140221100\" is also given to --closed"), "\(run.stderr)")
    }

    @Test(arguments: ["centers", "hubs"])
    func aScenarioSiteBothClosedAndForcedIsBadInputNamingTheKey(section: String) throws {
        let dir = try HubPlanProcess.scratchFolder()
        let scenario = try PlanCommandTests.scenario(
            in: dir, extra: "\(section):\n  closed: [ts-140221100]\n  forced: [ts-140221100]\n")
        let run = try HubPlanProcess.run(["plan", Self.yanggao, "--scenario", scenario, "--out", dir + "/out"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(
            run.stderr.contains("\(section).forced: \"ts-140221100\" is also in \(section).closed"), "\(run.stderr)")
    }
}
