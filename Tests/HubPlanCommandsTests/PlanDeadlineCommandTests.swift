// `hubplan plan --time-limit S`: reading and writing come out of S, with a reserve kept for the files.
import SolverControl
import Testing
@testable import HubPlanCommands

struct PlanDeadlineCommandTests {
    @Test func theChainGetsWhatIsLeftLessTheWriteReserve() throws {
        #expect(PlanOutput.deadline(total: nil, spent: 1, cancellation: nil) == nil)
        let ten = try #require(PlanOutput.deadline(total: 10, spent: 2, cancellation: nil)?.limit)
        #expect(abs(ten - 7) < 1e-9)
        let long = try #require(PlanOutput.deadline(total: 100, spent: 0, cancellation: nil)?.limit)
        #expect(abs(long - 97) < 1e-9)
        #expect(PlanOutput.deadline(total: 1, spent: 5, cancellation: nil)?.limit == 0)
    }

    @Test func aPlanWithATimeLimitFinishesWithinIt() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let started = TimeBudget(seconds: nil)
        let run = try HubPlanProcess.run(["plan", PlanCommandTests.network, "--scenario",
                                          try PlanCommandTests.scenario(in: dir), "--out", dir + "/out",
                                          "--time-limit", "3", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        // Process start-up aside (a debug binary loads in well under a second), the files are out within 3 s.
        #expect(started.elapsed < 4, "took \(started.elapsed) s")
    }
}
