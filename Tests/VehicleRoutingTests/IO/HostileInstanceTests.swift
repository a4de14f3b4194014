// Hostile instance files: huge, infinite or non-numeric fields and absurd sizes get a clear file:line error.
import Testing

@testable import VehicleRouting

@Suite struct HostileInstanceTests {
    private let vrp = VRPLIBReaderTests.good

    private func vrpError(_ from: String, _ to: String) -> String? {
        #expect(vrp.contains(from))
        do {
            _ = try VRPLIBReader.parse(vrp.replacingOccurrences(of: from, with: to), file: "bad.vrp")
            return nil
        } catch let error as RoutingError {
            #expect(error.category == .badInput)
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("2 3 4", "2 1e308 4", "bad.vrp:6: NODE_COORD_SECTION x of node 2: '1e308' is out of range"),
        ("2 3 4", "2 3 -1e308", "bad.vrp:6: NODE_COORD_SECTION y of node 2: '-1e308' is out of range"),
        ("2 3 4", "2 nan 4", "bad.vrp:6: NODE_COORD_SECTION x of node 2: 'nan' is not a number"),
        ("2 3 4", "2 inf 4", "bad.vrp:6: NODE_COORD_SECTION x of node 2: 'inf' is not a number"),
        ("2 4\n", "2 1e308\n", "bad.vrp:10: DEMAND_SECTION demand of node 2: '1e308' is out of range"),
        ("2 4\n", "2 -4\n", "bad.vrp:10: DEMAND_SECTION: demand of node 2 is negative"),
        ("2 4\n", "1e300 4\n", "bad.vrp:10: DEMAND_SECTION node id: '1e300' is out of range"),
        ("CAPACITY : 10", "CAPACITY : 9223372036854775807", "bad.vrp:3: CAPACITY is 9223372036854775807, more than"),
        ("DIMENSION : 3", "DIMENSION : 1000000000", "bad.vrp:2: DIMENSION 1000000000 is more than 10000 nodes"),
        ("DIMENSION : 3", "DIMENSION : 9000", "bad.vrp:4: NODE_COORD_SECTION has 3 rows but DIMENSION is 9000"),
    ])
    func vrplibFieldsAreRangeChecked(from: String, to: String, message: String) {
        let error = vrpError(from, to)
        #expect(error?.hasPrefix(message) == true, "got \(error ?? "no error")")
    }

    @Test func aDistanceBeyond32BitsIsBadInputNamingItsLocations() throws {
        // Coordinates within the readers' limits, but opposite corners: 2,828,427,125 apart.
        let far = vrp.replacingOccurrences(of: "1 0 0", with: "1 -1000000000 -1000000000")
            .replacingOccurrences(of: "3 6 8", with: "3 1000000000 1000000000")
        #expect(far != vrp)
        do {
            _ = try VRPLIBReader.parse(far, file: "far.vrp")
            Issue.record("no error for a distance above Int32.max")
        } catch let error as RoutingError {
            #expect(error.category == .badInput)
            #expect(error.message.contains("the distance from location 0 to 2 is 2828427125"), "got \(error.message)")
        }
        // Just inside: one corner at the origin, 1,414,213,562 apart.
        let near = vrp.replacingOccurrences(of: "3 6 8", with: "3 1000000000 1000000000")
        #expect(try VRPLIBReader.parse(near, file: "near.vrp").data.distances[0, 2] == 1_414_213_562)
    }

    @Test func explicitWeightsAreCountedBeforeTheMatrixIsBuilt() {
        let text = """
            NAME : e
            DIMENSION : 9999
            CAPACITY : 10
            EDGE_WEIGHT_TYPE : EXPLICIT
            EDGE_WEIGHT_FORMAT : LOWER_ROW
            EDGE_WEIGHT_SECTION
            1 2 3
            DEMAND_SECTION
            1 0
            DEPOT_SECTION
            1
            -1
            """
        #expect(
            throws: RoutingError.badInput(
                "bad.vrp:6: EDGE_WEIGHT_SECTION has 3 values but LOWER_ROW with DIMENSION 9999 needs 49985001")
        ) {
            try VRPLIBReader.parse(text, file: "bad.vrp")
        }
    }

    private let solomon = """
        TINY
        VEHICLE
        NUMBER     CAPACITY
          3         10
        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE TIME
            0      0         0          0          0       100          0
            1      3         4          5         10        20          2
        """

    @Test(arguments: [
        ("1      3         4", "1      1e308     4", "t.txt:8: CUSTOMER: XCOORD. 1e308 is out of range"),
        ("1      3         4", "1      3         -inf", "t.txt:8: CUSTOMER: YCOORD. is not a number: \"-inf\""),
        ("5         10        20", "1e308     10        20", "t.txt:8: CUSTOMER: DEMAND 1e308 is out of range"),
        ("10        20          2", "10        1e308       2", "t.txt:8: CUSTOMER: DUE DATE 1e308 is out of range"),
        ("20          2", "20          1e300", "t.txt:8: CUSTOMER: SERVICE TIME 1e300 is out of range"),
        ("    1      3", "    1e300  3", "t.txt:8: CUSTOMER: CUST NO. 1e300 is out of range"),
        ("  3         10", "  9223372036854775807 10", "t.txt:4: VEHICLE: NUMBER must be a positive integer"),
        ("  3         10", "  3 9223372036854775807", "t.txt:4: VEHICLE: CAPACITY 9223372036854775807 is more than"),
    ])
    func solomonFieldsAreRangeChecked(from: String, to: String, message: String) {
        #expect(solomon.contains(from))
        do {
            _ = try SolomonReader.parse(solomon.replacingOccurrences(of: from, with: to), file: "t.txt")
            Issue.record("no error for \(to)")
        } catch let error as RoutingError {
            #expect(error.category == .badInput)
            #expect(error.message.hasPrefix(message), "got \(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func solomonRowsAreBoundedByTheMatrixLimit() {
        var text = solomon + "\n"
        for k in 2...InstanceLimits.maxNodes { text += "\(k) 1 1 1 0 100 0\n" }
        #expect(throws: RoutingError.self) { try SolomonReader.parse(text, file: "t.txt") }
    }
}
