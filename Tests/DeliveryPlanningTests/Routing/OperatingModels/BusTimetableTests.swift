// Tests of a `bus_lines` timetable file: read errors with file, line and field, a plan on it, the verifier's terms.
import Foundation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct BusTimetableTests {
    /// Writes `files` (name -> text) into a fresh folder; returns the folder.
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bus-timetable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// The scenario file `s.yaml` naming `lines.json` with `text`, read.
    static func read(_ text: String, lever: String = "file: lines.json") throws -> (Scenario, URL) {
        let dir = try folder(["lines.json": text, "s.yaml": "bus_lines: {\(lever)}\n"])
        return (try ScenarioFile.read(dir.appendingPathComponent("s.yaml").path), dir)
    }

    static func message(_ body: () throws -> Void) -> String {
        do { try body() } catch let e as PlanError {
            #expect(e.category == .badInput)
            return e.message
        } catch { return "\(error)" }
        return ""
    }

    @Test func badFilesNameFileLineAndField() throws {
        let wrongType = Self.message {
            _ = try Self.read(
                "{\"lines\": [\n  {\"seat\": \"ts-T2\"},\n  {\"seat\": \"ts-T3\", \"departures_per_day\": \"x\"}\n]}\n")
        }
        #expect(wrongType.hasSuffix("lines.json:3: lines[1].departures_per_day: expected a whole number, found \"x\""))
        let noSeat = Self.message { _ = try Self.read("{\"lines\": [{\"station\": \"cc-a\"}]}") }
        #expect(noSeat.contains("lines.json:1: lines[0].seat: required"))
        let twice = Self.message { _ = try Self.read("{\"lines\": [\n{\"seat\": \"ts-T2\"},\n{\"seat\": \"ts-T2\"}]}") }
        #expect(twice.contains("lines.json:3: lines[1].seat: \"ts-T2\" is listed twice (first on line 2)"))
        let unknown = Self.message { _ = try Self.read("{\"lines\": [{\"seat\": \"ts-T2\", \"trips\": 3}]}") }
        #expect(unknown.contains("lines[0].trips: unknown key"))
        let missing = Self.message { _ = try Self.read("{}", lever: "file: nowhere.json") }
        #expect(missing.hasSuffix("nowhere.json: cannot read the bus_lines file"))
        let notJSON = Self.message { _ = try Self.read("{\"lines\": [") }
        #expect(notJSON.contains("lines.json: not valid JSON"))
    }

    @Test func linesNamingNoNodeOfTheNetworkAreBadInput() throws {
        let network = PostalBackstopTests.network()
        let (noSeat, _) = try Self.read("{\"lines\": [\n  {\"seat\": \"n1\"}]}")
        let seat = Self.message { _ = try ScenarioNetwork(network: network, scenario: noSeat) }
        #expect(seat.contains("lines.json:2: lines[0].seat: Backstop has no township-seat node \"n1\""))
        let (noStation, _) = try Self.read("{\"lines\": [{\"seat\": \"ts-T2\", \"station\": \"bus-x\"}]}")
        let station = Self.message { _ = try ScenarioNetwork(network: network, scenario: noStation) }
        #expect(station.contains("lines[0].station: Backstop has no node \"bus-x\""))
    }

    /// The backstop test network's township T2 on a timetable line of 2 departures of 15 parcels at 0.1 yuan;
    /// `min_km: 100` would keep a generated line off, a timetable's line runs whatever its length.
    static func scenario() throws -> Scenario {
        let (read, _) = try Self.read(
            "{\"source\": \"test\", \"lines\": [{\"station\": \"cc-a\", \"seat\": \"ts-T2\", \"departures_per_day\": 2,"
                + " \"parcels_per_trip\": 15, \"fee_per_parcel\": 0.1}]}", lever: "file: lines.json, min_km: 100")
        var s = BusLinesTests.scenario()
        s.busLines = read.busLines
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: PostalBackstopTests.network()) }

    @Test func aPlanRunsOnTheTimetablesLinesAndTerms() throws {
        let plan = try Self.shared.get()
        #expect(plan.scenario.busLines?.timetable?.lines.count == 1)
        let line = try #require(plan.operatingModels?.busLines?.lines.first)
        #expect(plan.operatingModels?.busLines?.lines.count == 1)
        #expect(line.station == "cc-a" && line.seat == "ts-T2" && line.used && line.km < 100)
        #expect(line.departuresPerDay == 2 && line.parcelsPerTrip == 15 && line.feePerParcel == 0.1)
        #expect(line.trips == 2 && abs(line.feePerDay - 2.1) < 1e-9)  // 21 parcels: 2 trips of 15
        #expect(try PlanVerifier.verify(plan, network: PostalBackstopTests.network()) == [])
    }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: PostalBackstopTests.network())
    }

    @Test func verifierRejectsTripsOverTheLinesDeparturesOrCapacity() throws {
        let departures = try Self.violations { $0.scenario.busLines!.timetable!.lines[0].departuresPerDay = 1 }
        #expect(departures.contains { $0.hasSuffix("2 bus trips a day needed, over the 1 departures") })
        #expect(
            departures.contains { $0.contains("terms 2 departures, 15.00 a trip, 0.10 a parcel; the scenario's 1,") })
        let capacity = try Self.violations { $0.scenario.busLines!.timetable!.lines[0].parcelsPerTrip = 10 }
        #expect(capacity.contains { $0.hasSuffix("2 trips a day, the load needs 3") })
        #expect(capacity.contains { $0.hasSuffix("3 bus trips a day needed, over the 2 departures") })
        let fewer = try Self.violations { $0.operatingModels!.busLines!.lines[0].trips = 1 }
        #expect(fewer.contains { $0.hasSuffix("1 trips a day, the load needs 2") })
    }

    @Test func verifierRejectsALineTheFileDoesNotHave() throws {
        let v = try Self.violations { $0.scenario.busLines!.timetable!.lines = [] }
        #expect(v.contains { $0.contains("ts-T2: not a line of the bus_lines file") })
        let station = try Self.violations { $0.operatingModels!.busLines!.lines[0].station = "rh-1" }
        #expect(station.contains { $0.contains("rh-1 is not a bus station or center of county 100001") })
    }
}
