// Tests of the OR-Library capacitated warehouse reader: sizes, the `capacity` word, errors.
import Testing

@testable import FacilityLocation

struct CapacitatedFileTests {
    @Test func readsCap41() throws {
        let problem = try CapacitatedFile.read(path: TestInstances.path("cap41.txt"))
        #expect(problem.sites == 16 && problem.clients == 50)
        #expect(problem.capacities?.allSatisfy { $0 == 5000 } == true)
        #expect(problem.totalDemand == 58268)
    }

    @Test func capacityWordNeedsAValue() throws {
        let text = "2 1\n capacity 10.\n capacity 20.\n 5\n 3. 4.\n"
        #expect(throws: LocationError.self) { try CapacitatedFile.parse(text) }
        let problem = try CapacitatedFile.parse(text, capacity: 8)
        #expect(problem.capacities == [8, 8])
        #expect(problem.fixedCosts == [10, 20])
        #expect(problem.allocationCosts[0, 1] == 4)
    }

    @Test func uncapacitatedReadingNeedsNoCapacity() throws {
        let problem = try CapacitatedFile.parse("2 1\n capacity 10.\n capacity 20.\n 5\n 3. 4.\n", uncapacitated: true)
        #expect(problem.capacities == nil)
        #expect(problem.fixedCosts == [10, 20])
    }

    @Test func capacityOptionOverridesNumbers() throws {
        let problem = try CapacitatedFile.parse("1 1\n 5 1\n 2 3\n", capacity: 9)
        #expect(problem.capacities == [9])
    }

    @Test func errorsNameTheItem() {
        do {
            _ = try CapacitatedFile.parse("2 1\n 5 1\n 5 1\n 2 3 oops\n", name: "bad.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("bad.txt line 4"))
            #expect(error.message.contains("customer 1 cost to warehouse 2"))
        }
        #expect(throws: LocationError.self) { try CapacitatedFile.parse("2 1\n 5 1\n 5 1\n 2 3\n") }
        #expect(throws: LocationError.self) { try CapacitatedFile.parse("1 1\n 5 1\n 2 3\n", capacity: -1) }
    }
}
