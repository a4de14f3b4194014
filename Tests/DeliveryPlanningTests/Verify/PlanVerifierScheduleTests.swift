// The verifier recomputes what a route claims beyond its km (cost, minutes, windows, shift) and the plan's
// completeness flag: each planted fault is caught.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct PlanVerifierScheduleTests {
    static func plan() throws -> NetworkPlan { try PlanPipelineTests.shared.get() }

    @Test func theSharedPlanHoldsItsScheduleAndCosts() throws {
        let plan = try Self.plan()
        #expect(!plan.routes.isEmpty)
        let network = try ScenarioNetwork(network: PlanVerifierTests.network, scenario: plan.scenario).network
        let found = PlanVerifier.verifySchedules(
            plan, network: network, index: network.nodeIndexByID(),
            roads: RoadDistances(network: network))
        #expect(found == [])
    }

    @Test func aRouteCostCutWithMatchingTotalsIsCaught() throws {
        let v = try PlanVerifierTests.violations { plan in
            let cut = 40.0
            plan.routes[0].cost -= cut
            plan.stages[plan.stages.count - 1].objective -= cut
            plan.costs.villageDelivery -= cut * plan.scenario.rates.daysPerYear
            plan.costs.total -= cut * plan.scenario.rates.daysPerYear
        }
        // The totals agree with the routes, so only the recomputed route cost can catch it.
        #expect(!v.contains { $0.hasPrefix("costs.") }, "\(v)")
        #expect(v.contains { $0.hasPrefix("route 1 (") && $0.contains("yuan a day, recomputed") }, "\(v)")
    }

    @Test func minutesThatDisagreeWithTheRoadsAreCaught() throws {
        let v = try PlanVerifierTests.violations { plan in
            // Cheaper by 30 minutes of driver's time, cost and totals kept consistent with the claim.
            plan.routes[0].minutes -= 30
            let saved = 30.0 / 60 * FleetSpec.rural.vans[0].costPerHour
            plan.routes[0].cost -= saved
            plan.costs.villageDelivery -= saved * plan.scenario.rates.daysPerYear
            plan.costs.total -= saved * plan.scenario.rates.daysPerYear
        }
        #expect(!v.contains { $0.contains("yuan a day, recomputed") }, "\(v)")
        #expect(v.contains { $0.hasPrefix("route 1 (") && $0.contains("minutes, recomputed") }, "\(v)")
    }

    @Test func aBrokenTimeWindowIsCaught() throws {
        let plan = try Self.plan()
        let route = plan.routes.first { !$0.directTrip }!
        var network = PlanVerifierTests.network
        let last = network.nodes.firstIndex { $0.id == route.stops.last! }!
        // Open at the depot's opening and closed a minute later: no van reaches it in time.
        network.nodes[last].timeWindow = TimeWindow(open: 420, close: 421)
        let v = try PlanVerifier.verify(plan, network: network)
        #expect(
            v.contains {
                $0.contains("arrives at \(route.stops.last!) at") && $0.contains("after its window closes at 07:01")
            },
            "\(v)")
    }

    @Test func aShiftOverrunIsCaught() throws {
        let v = try PlanVerifierTests.violations { plan in plan.scenario.fleet.shiftHours = 5.0 / 60 }
        #expect(v.contains { $0.contains("longer than the 5.00-minute shift") }, "\(v)")
    }

    @Test func timesAreCheckedOnlyOnceKmAgree() throws {
        let v = try PlanVerifierTests.violations { plan in
            plan.routes[0].km += 50
            plan.scenario.fleet.shiftHours = 5.0 / 60
        }
        #expect(v.contains { $0.hasPrefix("route 1 (") && $0.contains("km, recomputed") })
        #expect(!v.contains { $0.hasPrefix("route 1 (") && $0.contains("-minute shift") }, "\(v)")
    }

    @Test func aVanOutsideTheFleetIsCaught() throws {
        let v = try PlanVerifierTests.violations { plan in plan.routes[0].vehicle = "lorry" }
        #expect(v.contains { $0.contains("van \"lorry\" is not in the scenario's fleet") })
    }

    @Test func completenessMustAgreeWithTheStages() throws {
        var plan = try Self.plan()
        #expect(PlanVerifier.incompleteness(plan) == nil)
        plan.stages[plan.stages.count - 1].status = .timeLimit
        #expect(
            PlanVerifier.verifyCompleteness(plan).first?.contains("\"complete\": true, but stage(s) routes") == true)
        plan.complete = false
        plan.stoppedBy = "time limit"
        #expect(PlanVerifier.verifyCompleteness(plan) == [])
        #expect(PlanVerifier.incompleteness(plan)?.contains("stopped by time limit); skipped: routes") == true)
    }
}
