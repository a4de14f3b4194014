// Tests of the OR-Library p-median reader: sizes, shortest paths, the last-edge-wins rule, errors.
import Testing

@testable import FacilityLocation

struct PMedianFileTests {
    @Test func readsPmed1() throws {
        let problem = try PMedianFile.read(path: TestInstances.path("pmed1.txt"))
        #expect(problem.clients == 100 && problem.sites == 100 && problem.p == 5)
        for a in 0..<100 {
            #expect(problem.distances[a, a] == 0)
            for b in 0..<100 { #expect(problem.distances[a, b] == problem.distances[b, a]) }
        }
    }

    @Test func lastListedEdgeWins() throws {
        // The pair 1-2 is listed three times (10, 3, then 7 as 2-1): the last length counts, not the least.
        let text = "3 4 1\n1 2 10\n2 3 5\n1 2 3\n2 1 7\n"
        let problem = try PMedianFile.parse(text)
        #expect(problem.distances[0, 1] == 7)
        #expect(problem.distances[0, 2] == 12)
        let smallerFirst = try PMedianFile.parse("3 3 1\n1 2 2\n2 3 5\n1 2 9\n")
        #expect(smallerFirst.distances[0, 1] == 9)
    }

    @Test func shortestPathsReplaceLongEdges() throws {
        let problem = try PMedianFile.parse("3 3 1\n1 2 1\n2 3 1\n1 3 50\n")
        #expect(problem.distances[0, 2] == 2)
    }

    @Test func rejectsBadInput() {
        #expect(throws: LocationError.self) { try PMedianFile.parse("3 1 1\n1 4 2\n") }
        #expect(throws: LocationError.self) { try PMedianFile.parse("3 2 5\n1 2 2\n2 3 1\n") }
        #expect(throws: LocationError.self) { try PMedianFile.parse("3 2 1\n1 2 2\n") }
        #expect(throws: LocationError.self) { try PMedianFile.parse("3 1 1\n1 2 -4\n") }
    }

    @Test func errorsNameLineAndField() {
        do {
            _ = try PMedianFile.parse("3 2 1\n1 2 2\n2 x 1\n", name: "tiny.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("tiny.txt line 3"))
            #expect(error.message.contains("edge 2 second vertex"))
            #expect(error.category == .badInput)
        }
        do {
            _ = try PMedianFile.parse("4 2 1\n1 2 2\n3 4 1\n", name: "split.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("not connected"))
        }
    }
}
