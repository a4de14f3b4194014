// Tests of the CSV folder format: columns, quoting, line numbers across quoted line breaks, missing files.
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct CSVFormatTests {
    /// Writes `files` into a fresh folder and inspects it.
    private func inspect(_ files: [String: String]) throws -> NetworkInspection {
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        var inspection = CSVFormat.inspect(folder: folder)
        // Report locations relative to the folder so expectations stay short.
        inspection.issues = inspection.issues.map {
            var issue = $0
            issue.location.file = String(issue.location.file.dropFirst(folder.count + 1))
            return issue
        }
        return inspection
    }

    private let carriers = "id,name,postal\nems,EMS,true\n"

    @Test func writesDottedColumnsAndOnlyUsedOptionalOnes() throws {
        let files = CSVFormat.encode(try Samples.tinyNoRoads())
        let nodes = String(decoding: files["nodes.csv"]!, as: UTF8.self)
        #expect(
            nodes.hasPrefix(
                "id,name,kind,county,lon,lat,population,parcels.ems,parcels.yto,timeWindow.open,timeWindow.close,site.fixedCost,site.capacity,site.existing\n"
            ))
        #expect(nodes.contains("\nc,浑源县城,county-center,140225,113.7,39.7,,,,,,,,true\n"))
        #expect(Set(files.keys) == ["nodes.csv", "edges.csv", "carriers.csv", "counties.csv", "network.csv"])
    }

    @Test func lineNumbersCountLineBreaksInsideQuotedFields() throws {
        let nodes =
            "id,name,kind,county,lon,lat,parcels.ems\n"
            + "a,\"two\nlines\",village,1,113,40,1\n"
            + "b,\"say \"\"hi\"\"\",village,1,113,400,2\n"
            + "c,plain,village,,113,40,x\n"
        let found = try inspect(["nodes.csv": nodes, "carriers.csv": carriers])
        let lines = found.errors.map { "\($0.location.file):\($0.location.line ?? 0):\($0.location.column ?? "")" }
        #expect(lines == ["nodes.csv:5:parcels.ems", "nodes.csv:4:lat", "nodes.csv:5:county"])
        #expect(found.network?.nodes[0].name == "two\nlines")
        #expect(found.network?.nodes[1].name == "say \"hi\"")
    }

    @Test func headerProblemsAreReportedOnceOnLineOne() throws {
        let found = try inspect(["nodes.csv": "id,name,kind,lon,colour\na,A,village,113,red\nb,B,village,113,blue\n"])
        #expect(
            found.errors.map(\.message) == [
                "required column \"lat\" is missing", "node \"a\": a village needs a county code",
                "node \"b\": a village needs a county code",
            ])
        #expect(found.errors[0].location.line == 1 && found.errors[0].location.column == "lat")
        #expect(found.warnings.map { $0.location.column } == ["colour"])
    }

    @Test func raggedRowsAndBadValuesNameTheirLine() throws {
        let nodes = "id,name,kind,county,lon,lat\na,A,village,1,113,40,extra\nb,B,hamlet,1,113,40\n"
        let edges = "from,to,km,oneWay\na,b,1,sometimes\na,b,,false\n"
        let found = try inspect(["nodes.csv": nodes, "edges.csv": edges])
        let summary = found.errors.map { "\($0.location.file):\($0.location.line ?? 0) \($0.kind.rawValue)" }
        #expect(summary.contains("nodes.csv:2 wrong-type"))
        #expect(summary.contains("nodes.csv:3 unknown-value"))
        #expect(summary.contains("edges.csv:2 wrong-type"))
        #expect(summary.contains("edges.csv:3 missing-field"))
    }

    @Test func optionalFilesHaveDefaults() throws {
        let nodes =
            "id,name,kind,county,lon,lat,parcels.sf,parcels.ems\na,A,village,1,113,40,1,2\nb,B,village,1,113.1,40,,3\n"
        let found = try inspect(["nodes.csv": nodes, "edges.csv": "from,to,km\na,b,2\n"])
        let network = try found.get()
        #expect(network.carriers.map(\.id) == ["ems", "sf"])
        #expect(network.distance.roads == .partial)
        #expect(network.nodes[1].parcels == ["ems": 3])
    }

    @Test func aMissingNodesFileIsUnreadable() throws {
        let found = try inspect(["edges.csv": "from,to,km\n"])
        #expect(found.network == nil && found.errors.first?.location.file == "nodes.csv")
    }

    @Test func excelByteOrderMarkAndCRLFAreAccepted() throws {
        let nodes = "\u{FEFF}id,name,kind,county,lon,lat\r\na,A,village,1,113,40\r\nb,B,village,1,113,95\r\n"
        let found = try inspect(["nodes.csv": nodes])
        #expect(found.errors.map { $0.location.line } == [3])
        #expect(found.network?.nodes.first?.id == "a")
    }
}
