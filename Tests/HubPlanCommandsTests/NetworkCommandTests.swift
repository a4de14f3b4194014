// `hubplan network info|validate|convert` run as a planner runs them: exit codes, stdout, stderr, files.
import Foundation
import Testing

@Suite struct NetworkCommandTests {
    private let broken = """
        {"format": "hubplan-network/1", "name": "broken",
         "carriers": [{"id": "ems", "name": "EMS"}],
         "nodes": [
          {"id": "a", "name": "A", "kind": "village", "lon": 113, "lat": 95, "parcels": {"ems": 1, "sf": 2}},
          {"id": "a", "name": "B", "kind": "township", "county": "140221", "lon": 113, "lat": 40, "population": -5}
         ],
         "edges": [{"from": "a", "to": "ghost", "km": 3}]}
        """

    @Test func validateListsEveryProblemAndExitsWithTwo() throws {
        let folder = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/broken.json"
        try Data(broken.utf8).write(to: URL(fileURLWithPath: file))
        let run = try HubPlanProcess.run(["network", "validate", file])
        #expect(run.status == 2)
        for expected in [
            "nodes[0].lat: error", "nodes[0].county: error", "nodes[0].parcels.sf: error",
            "nodes[1].id: error", "nodes[1].population: error", "edges[0].to: error",
            "distance.roads: warning", "6 errors, 1 warnings",
        ] {
            #expect(run.stdout.contains(expected), "missing \(expected) in:\n\(run.stdout)")
        }
        let info = try HubPlanProcess.run(["network", "info", file])
        #expect(info.status == 2 && info.stderr.contains("6 problems") && info.stdout.isEmpty)
    }

    @Test func validateAcceptsCleanNetworksAndPrintsWarnings() throws {
        let clean = try HubPlanProcess.run(["network", "validate", HubPlanProcess.sample("tiny-roads.json")])
        #expect(clean.status == 0 && clean.stdout.contains("valid, 8 nodes, 8 roads, 0 warnings"))
        let folder = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: HubPlanProcess.sample("tiny-noroads.json"), encoding: .utf8)
            .replacingOccurrences(of: #""population": 400"#, with: #""population": 400, "colour": "red""#)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/w.json"))
        let warned = try HubPlanProcess.run(["network", "validate", folder + "/w.json"])
        #expect(warned.status == 0 && warned.stdout.contains("nodes[1].colour: warning"))
    }

    @Test func convertRoundTripsThroughGeoJSONAndCSV() throws {
        let folder = try HubPlanProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = HubPlanProcess.sample("tiny-roads.json")
        let steps = [
            [original, folder + "/t.geojson"], [folder + "/t.geojson", folder + "/csv"],
            [folder + "/csv", folder + "/back.json"],
        ]
        for step in steps {
            let run = try HubPlanProcess.run(["network", "convert"] + step)
            #expect(run.status == 0, "\(step): \(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/csv/edges.csv"))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: folder + "/back.json"))
                == Data(contentsOf: URL(fileURLWithPath: original)))
        // CSV beside a network.json would be shadowed by it when read back: refused.
        try Data().write(to: URL(fileURLWithPath: folder + "/csv/network.json"))
        let refused = try HubPlanProcess.run(["network", "convert", original, folder + "/csv"])
        #expect(refused.status == 2 && refused.stderr.contains("network.json exists"))
        let unknown = try HubPlanProcess.run(["network", "convert", original, folder + "/map.kml"])
        #expect(unknown.status == 2 && unknown.stderr.contains("cannot tell the format"))
    }

    @Test func infoJSONHasTheDocumentedKeys() throws {
        let run = try HubPlanProcess.run(["network", "info", HubPlanProcess.sample("tiny-roads.json"), "--json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(
            Set(object.keys) == [
                "name", "description", "file", "format", "warnings", "nodes", "nodesByKind", "counties",
                "carriers", "parcelsPerDay", "pickups", "boundingBox", "connectivity",
            ])
        #expect(object["nodes"] as? Int == 8 && object["parcelsPerDay"] as? Double == 152)
        let connectivity = object["connectivity"] as? [String: Any] ?? [:]
        #expect(connectivity["coverage"] as? String == "complete" && connectivity["components"] as? Int == 1)
    }

    @Test func infoTablesNameCountiesAndCarriers() throws {
        let run = try HubPlanProcess.run(["network", "info", HubPlanProcess.sample("tiny-roads.json")])
        #expect(run.status == 0)
        for expected in ["阳高县", "天镇县", "China Post / EMS", "Components 1 both ways", "30 of them cold chain"] {
            #expect(run.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test func badPathsAndUsageExitWithTwo() throws {
        let missing = try HubPlanProcess.run(["network", "info", "/no/such/network.json"])
        #expect(missing.status == 2 && missing.stderr.contains("/no/such/network.json"))
        let usage = try HubPlanProcess.run(["network", "info"])
        #expect(usage.status == 2)
        let help = try HubPlanProcess.run(["network", "convert", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example:"))
    }
}
