// Tests of the VRPLIB reader: every edge-weight format, CVRPLIB files, and the messages for malformed files.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct VRPLIBReaderTests {
    /// A 4-node file with an explicit matrix in `format`; the symmetric matrix is d(i,j) = 10·|i-j| + i + j.
    private func explicitFile(_ format: String, weights: String) -> String {
        """
        NAME : tiny
        TYPE : CVRP
        DIMENSION : 4
        EDGE_WEIGHT_TYPE : EXPLICIT
        EDGE_WEIGHT_FORMAT: \(format)
        CAPACITY : 10
        EDGE_WEIGHT_SECTION
        \(weights)
        DEMAND_SECTION
        1 0
        2 3
        3 4
        4 5
        DEPOT_SECTION
         1
         -1
        EOF
        """
    }

    private func expected(_ i: Int, _ j: Int) -> Int { i == j ? 0 : 10 * abs(i - j) + i + j }

    @Test(arguments: [
        ("FULL_MATRIX", "0 11 22 33\n11 0 13 24\n22 13 0 15\n33 24 15 0"),
        ("LOWER_ROW", "11\n22 13\n33 24 15"),
        ("UPPER_ROW", "11 22 33\n13 24\n15"),
        ("LOWER_DIAG_ROW", "0\n11 0\n22 13 0 33 24\n15 0"),
        ("UPPER_DIAG_ROW", "0 11 22 33 0 13 24 0 15 0"),
    ])
    func readsEveryExplicitFormat(format: String, weights: String) throws {
        let instance = try VRPLIBReader.parse(explicitFile(format, weights: weights), file: "tiny.vrp")
        for i in 0..<4 {
            for j in 0..<4 { #expect(instance.data.distances[i, j] == expected(i, j), "\(format) (\(i),\(j))") }
        }
        #expect(instance.data.clients.map(\.delivery) == [3, 4, 5])
        #expect(instance.data.vehicleTypes[0].capacity == 10)
        #expect(instance.data.vehicleTypes[0].count == nil)
    }

    @Test func readsCVRPLIBCoordinateFilesWithNintRounding() throws {
        let instance = try TestSupport.instance("A-n32-k5")
        #expect(instance.name == "A-n32-k5")
        #expect(instance.data.numClients == 31)
        #expect(instance.data.vehicleTypes[0].capacity == 100)
        // Nodes 1 (82,76) and 2 (96,44): sqrt(14² + 32²) = 34.93 -> 35.
        #expect(instance.data.distances[0, 1] == 35)
        #expect(instance.customerNumber(ofLocation: 1) == 1)
    }

    @Test func readsTheExplicitEilonFile() throws {
        let instance = try TestSupport.instance("E-n13-k4")
        #expect(instance.data.numClients == 12)
        #expect(instance.data.distances[1, 0] == 9)
        #expect(instance.data.distances[0, 1] == 9)
        #expect(instance.data.distances[12, 11] == 10)
    }

    @Test func toleratesTabsCarriageReturnsAndTightColons() throws {
        let text =
            "NAME :\tx\t\r\nTYPE: CVRP\r\nDIMENSION:\t3\t\r\nEDGE_WEIGHT_TYPE : EUC_2D \r\nCAPACITY : 5\r\n"
            + "VEHICLES : 2\r\nNODE_COORD_SECTION\t\r\n1\t0\t0\r\n2\t3\t4\r\n3\t6\t8\r\n"
            + "DEMAND_SECTION\r\n1 0\r\n2 1\r\n"
            + "3 2\r\nDEPOT_SECTION\r\n1\r\n-1\r\nEOF\r\n"
        let instance = try VRPLIBReader.parse(text)
        #expect(instance.vehicles == 2)
        #expect(instance.data.vehicleTypes[0].count == 2)
        #expect(instance.data.distances[1, 2] == 5)
        #expect(instance.data.distances[0, 2] == 10)
    }

    private func failure(_ text: String) -> RoutingError? {
        do {
            _ = try VRPLIBReader.parse(text, file: "bad.vrp")
            return nil
        } catch let error as RoutingError {
            return error
        } catch {
            return nil
        }
    }

    private var good: String { Self.good }

    /// A three-node EUC_2D file every error test alters in one place (shared with HostileInstanceTests).
    static let good = """
        NAME : g
        DIMENSION : 3
        CAPACITY : 10
        NODE_COORD_SECTION
        1 0 0
        2 3 4
        3 6 8
        DEMAND_SECTION
        1 0
        2 4
        3 5
        DEPOT_SECTION
        1
        -1
        """

    @Test func goodFileParses() throws {
        #expect(try VRPLIBReader.parse(good).data.numClients == 2)
    }

    @Test func missingSectionIsNamed() {
        let error = failure(good.replacingOccurrences(of: "DEMAND_SECTION\n1 0\n2 4\n3 5\n", with: ""))
        #expect(error?.category == .badInput)
        #expect(error?.message.contains("missing section DEMAND_SECTION") == true)
    }

    @Test func wrongDimensionNamesTheSectionAndLine() {
        let error = failure(good.replacingOccurrences(of: "DIMENSION : 3", with: "DIMENSION : 4"))
        #expect(error?.category == .badInput)
        #expect(error?.message.hasPrefix("bad.vrp:4:") == true)
        #expect(error?.message.contains("NODE_COORD_SECTION has 3 rows but DIMENSION is 4") == true)
    }

    @Test func badNumberNamesLineAndField() {
        let error = failure(good.replacingOccurrences(of: "2 4\n", with: "2 four\n"))
        #expect(error?.category == .badInput)
        #expect(error?.message.hasPrefix("bad.vrp:10:") == true)
        #expect(error?.message.contains("demand of node 2") == true)
    }

    @Test func missingHeaderFieldIsNamed() {
        let error = failure(good.replacingOccurrences(of: "CAPACITY : 10\n", with: ""))
        #expect(error?.message.contains("missing header field CAPACITY") == true)
    }

    @Test func badHeaderValueNamesLine() {
        let error = failure(good.replacingOccurrences(of: "CAPACITY : 10", with: "CAPACITY : ten"))
        #expect(error?.message.hasPrefix("bad.vrp:3:") == true)
    }

    @Test func unknownSectionIsRefused() {
        let error = failure(good + "\nTIME_WINDOW_SECTION\n1 0 10\n")
        #expect(error?.message.contains("TIME_WINDOW_SECTION is not supported") == true)
    }

    @Test func customerHeavierThanTheVehicleIsInfeasible() {
        let error = failure(good.replacingOccurrences(of: "3 5\n", with: "3 11\n"))
        #expect(error?.category == .infeasible)
        #expect(error?.message.contains("bad.vrp:11:") == true)
        #expect(error?.message.contains("customer node 3 has demand 11") == true)
    }

    @Test func wrongWeightCountIsNamed() {
        let error = failure(explicitFile("LOWER_ROW", weights: "11\n22 13"))
        #expect(
            error?.message.contains("EDGE_WEIGHT_SECTION has 3 values but LOWER_ROW with DIMENSION 4 needs 6")
                == true)
    }

    @Test func duplicateNodeIsNamed() {
        let error = failure(good.replacingOccurrences(of: "3 6 8", with: "2 6 8"))
        #expect(error?.message.contains("node 2 appears twice") == true)
    }

    @Test func unreadableFileIsBadInput() {
        #expect(throws: RoutingError.self) { try VRPLIBReader.read(path: "/nonexistent/file.vrp") }
    }
}
