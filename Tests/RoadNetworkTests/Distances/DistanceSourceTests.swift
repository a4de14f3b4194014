// Tests of the `matrix`/`osm` distance sources: pairs file read beside the network, look-ups, fallbacks named, errors.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct DistanceSourceTests {
    /// Writes tiny-noroads as `network.json` with a `matrix` source and `csv` as its pairs file; returns the folder.
    private func matrixNetwork(_ csv: String, file: String? = "d.csv") throws -> String {
        let folder = try Samples.scratchFolder()
        var network = try Samples.tinyNoRoads()
        network.distance.source = .matrix
        network.distance.file = file
        try CanonicalJSON.encode(network).write(to: URL(fileURLWithPath: folder + "/network.json"))
        try Data(csv.utf8).write(to: URL(fileURLWithPath: folder + "/d.csv"))
        return folder
    }

    @Test func closedWaysReadBackFromJSONAndCSVAndBadIDsAreErrors() throws {
        var network = try Samples.tinyNoRoads()
        network.distance.closedWays = [42, 7]
        let json = CanonicalJSON.encode(network)
        #expect(String(decoding: json, as: UTF8.self).contains("\"closedWays\""))
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in [NetworkFormat.json, .csv] {
            for (name, data) in try NetworkFile.encode(network, format: format) {
                try data.write(to: URL(fileURLWithPath: folder + "/" + name))
            }
            let back = NetworkFile.inspect(folder + (format == .json ? "/network.json" : ""))
            #expect(back.network?.distance.closedWays == [7, 42], "\(format): \(back.issues)")
            try? FileManager.default.removeItem(atPath: folder + "/network.json")
        }
        let text = String(decoding: json, as: UTF8.self)
        let bad = text.replacingOccurrences(of: "\"closedWays\": [7, 42]", with: "\"closedWays\": [7.5]")
        try Data(bad.utf8).write(to: URL(fileURLWithPath: folder + "/bad.json"))
        let inspection = NetworkFile.inspect(folder + "/bad.json")
        #expect(bad.contains("7.5"), "\(text)")
        #expect(inspection.issues.contains { $0.message.contains("OpenStreetMap way id") })
    }

    @Test func sha256MatchesTheFIPSVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func pairsFromTheFileAreUsedAndAMissingPairFallsBackNamingBothNodes() throws {
        let folder = try matrixNetwork("from,to,km,minutes\nc,a,17.5,30\na,c,18,31\nc,s,9,12\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let network = try NetworkFile.read(folder)
        #expect(network.distance.source == .matrix && network.distance.pairs?.count == 3)
        let roads = RoadDistances(network: network)
        #expect(roads.source == .matrix)
        #expect(roads.sourceSHA256 == SHA256.hex(file: folder + "/d.csv"))
        let i = network.nodeIndexByID()
        let m = roads.matrix(from: [i["c"]!, i["a"]!], to: [i["a"]!, i["c"]!, i["b"]!])
        #expect(m.km(0, 0) == 17.5 && m.minutes(0, 0) == 30)
        #expect(m.km(1, 1) == 18 && m.minutes(1, 1) == 31)
        #expect(m.km(1, 0) == 0)
        // c -> b is not in the file: great-circle x 1.3 at 40 km/h, never 0 or infinite, and named.
        let expected = greatCircleKm(lon1: 113.7, lat1: 39.7, lon2: 113.7, lat2: 39.6) * 1.3
        #expect(abs(m.km(0, 2) - expected) < 1e-9 && abs(m.minutes(0, 2) - expected / 40 * 60) < 1e-9)
        #expect(roads.fallbackWarnings().contains { $0.contains("c -> b") })
        #expect(roads.fallbackWarnings().contains { $0.contains("a -> b") })
    }

    @Test func badRowsAreErrorsNamingLineAndColumn() throws {
        let folder = try matrixNetwork("from,to,km,minutes\nc,a,17.5,30\nc,zz,1,2\na,c,-1,3\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = NetworkFile.inspect(folder)
        let errors = found.errors.map { "\($0.location.line ?? 0):\($0.location.column ?? ""):\($0.kind.rawValue)" }
        #expect(errors == ["3:to:unknown-node", "4:km:negative"])
        #expect(throws: NetworkError.self) { try found.get() }
    }

    @Test func aMatrixSourceWithoutItsFileIsAnError() throws {
        let folder = try matrixNetwork("from,to,km,minutes\n", file: nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(NetworkFile.inspect(folder).errors.contains { $0.message.contains("needs distance.file") })
        let missing = try matrixNetwork("from,to,km,minutes\n", file: "nowhere.csv")
        defer { try? FileManager.default.removeItem(atPath: missing) }
        #expect(NetworkFile.inspect(missing).errors.contains { $0.message.contains("cannot read the distance file") })
    }

    @Test func settingsRoundTripInJSONAndCSVAndDefaultStaysUnwritten() throws {
        var network = try Samples.tinyNoRoads()
        #expect(!String(decoding: CanonicalJSON.encode(network), as: UTF8.self).contains("\"source\""))
        network.distance.source = .osm
        network.distance.file = "distances.csv"
        network.distance.extractSHA256 = String(repeating: "ab", count: 32)
        network.distance.profile = "van"
        let json = try CanonicalJSON.decode(CanonicalJSON.encode(network), file: "n.json")
        #expect(json.distance == network.distance)
        let settings = String(decoding: CSVFormat.encode(network)["network.csv"]!, as: UTF8.self)
        #expect(settings.contains("distance.source,osm\n") && settings.contains("distance.profile,van\n"))
    }

    @Test func aGreatCircleNetworkKeepsItsOwnRoads() throws {
        let network = try Samples.tinyRoads()
        let roads = RoadDistances(network: network)
        #expect(roads.source == .greatCircle && roads.graph != nil && roads.fallbackWarnings().isEmpty)
    }
}
