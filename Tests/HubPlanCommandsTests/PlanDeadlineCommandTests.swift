// `hubplan plan --time-limit S`: reading and writing come out of S, with a reserve kept for the files.
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
}
