// Tests of the Solomon/Homberger reader: both distance conventions, the shift, and errors naming file:line.
import Testing

@testable import VehicleRouting

@Suite struct SolomonReaderTests {
    private let sample = """
        TINY\r
        \r
        VEHICLE\r
        NUMBER     CAPACITY\r
          3         10\r
        \r
        CUSTOMER\r
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE TIME\r
         \r
            0      0         0          0          0       100          0   \r
            1      3         4          5         10        20          2   \r
            2      1         1          4          0        50          1\r

        """

    @Test func readsTheFullC101() throws {
        let instance = try SolomonReader.read(path: TestSupport.resource("C101.txt"), convention: .dimacs)
        #expect(instance.name == "C101")
        #expect(instance.data.numClients == 100)
        #expect(instance.vehicles == 25 && instance.capacity == 200)
        #expect(instance.data.vehicleTypes[0].shiftEnd == 12_360)
        #expect(instance.data.clients[0].earliestStart == 9_120 && instance.data.clients[0].latestStart == 9_670)
        #expect(instance.data.clients[0].serviceDuration == 900)
    }

    @Test func dimacsTruncatesEachLegToOneDecimal() throws {
        let dimacs = try SolomonReader.parse(sample, convention: .dimacs)
        #expect(dimacs.data.scale == 10)
        #expect(dimacs.data.distances[0, 1] == 50)
        // sqrt(2) = 1.41421...: 14 tenths, travel time the same.
        #expect(dimacs.data.distances[0, 2] == 14 && dimacs.data.durations[0, 2] == 14)
        let exact = try SolomonReader.parse(sample, convention: .exact)
        #expect(exact.data.scale == 10_000)
        #expect(exact.data.distances[0, 2] == 14_142 && exact.data.durations[0, 2] == 14_143)
    }

    @Test func vehiclesFirstAddsAFixedCostAboveAnyDistance() throws {
        let instance = try SolomonReader.parse(sample, convention: .dimacs, objective: .vehiclesThenDistance)
        let fixed = instance.data.vehicleTypes[0].fixedCost
        #expect(fixed > 2 * instance.data.numLocations * instance.data.distances.maximum - 1)
    }

    @Test(arguments: [
        ("  3         x10", "test.txt:5: VEHICLE: CAPACITY must be a positive integer, got \"x10\""),
        (
            "    1      3         4          5         10        20   ",
            "test.txt:11: CUSTOMER: expected 7 numbers (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, "
                + "SERVICE TIME), got 6"
        ),
        (
            "    1      3         4          5         30        20          2",
            "test.txt:11: CUSTOMER: READY TIME 30 is after DUE DATE 20"
        ),
        (
            "    1      3         4          five      10        20          2",
            "test.txt:11: CUSTOMER: DEMAND is not a number: \"five\""
        ),
        (
            "    7      3         4          5         10        20          2",
            "test.txt:11: CUSTOMER: CUST NO. 7 out of order (expected 1)"
        ),
    ])
    func badLinesAreNamed(replacement: String, message: String) {
        // "\r\n" is one Character in Swift: split on any newline.
        var lines = sample.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let target = replacement.hasPrefix("  3") ? 4 : 10
        lines[target] = replacement
        #expect(throws: RoutingError.badInput(message)) {
            try SolomonReader.parse(lines.joined(separator: "\r\n"), file: "test.txt")
        }
    }

    @Test func missingBlocksAreNamed() {
        #expect(throws: RoutingError.badInput("test.txt: missing the VEHICLE block (a line \"NUMBER CAPACITY\")")) {
            try SolomonReader.parse("X\nCUSTOMER\n", file: "test.txt")
        }
        #expect(throws: RoutingError.badInput("test.txt: the file is empty")) {
            try SolomonReader.parse("\n\n", file: "test.txt")
        }
    }
}
