// `hubplan plan --time-limit S`: reading and writing come out of S, with a reserve kept for the files.
import Testing

@testable import HubPlanCommands

struct PlanDeadlineCommandTests {
    @Test func theChainGetsWhatIsLeftLessTheWriteReserve() throws {
        #expect(PlanOutput.deadline(total: nil, spent: 1, reserve: 1, cancellation: nil) == nil)
        let ten = try #require(PlanOutput.deadline(total: 10, spent: 2, reserve: 1, cancellation: nil)?.limit)
        #expect(abs(ten - 7) < 1e-9)
        #expect(PlanOutput.deadline(total: 1, spent: 5, reserve: 0.3, cancellation: nil)?.limit == 0)
    }

    @Test func theWriteReserveGrowsWithTheNetworkOnly() {
        #expect(PlanOutput.writeSeconds(nodes: 20) == 0.3)
        // Hebei (55,936 nodes) and the 475,560-node network of docs/scale.md: linear in the nodes, and for the
        // latter about the 25 CPU s its files took, not the 48 s of the earlier 0.1 s per 1,000 nodes.
        #expect(PlanOutput.writeSeconds(nodes: 475_560) > PlanOutput.writeSeconds(nodes: 55_936))
        #expect(PlanOutput.writeSeconds(nodes: 475_560) < 30)
        // One worker writes the files one after another: twice the reserve.
        #expect(PlanOutput.writeSeconds(nodes: 55_936, workers: 1) == 2 * PlanOutput.writeSeconds(nodes: 55_936))
    }
}
