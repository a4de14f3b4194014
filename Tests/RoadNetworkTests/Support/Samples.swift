// Test support: the two hand-checkable sample networks and small helpers shared by the RoadNetwork tests.
import Foundation

@testable import RoadNetwork

enum Samples {
    /// Path of a file in the test bundle's Resources folder.
    static func path(_ name: String) -> String {
        let url = Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent(name)
        return url.path
    }

    /// Raw bytes of a sample.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(name)))
    }

    /// Eight places in two counties, joined by roads (coverage `complete`, one one-way road).
    static func tinyRoads() throws -> Network {
        try CanonicalJSON.decode(data("tiny-roads.json"), file: "tiny-roads.json")
    }

    /// Six places in one county, no roads.
    static func tinyNoRoads() throws -> Network {
        try CanonicalJSON.decode(data("tiny-noroads.json"), file: "tiny-noroads.json")
    }

    /// A fresh scratch folder, removed by the caller (or left in the temporary directory).
    static func scratchFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hubplan-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

extension Array where Element == ValidationIssue {
    /// The issues of one kind.
    func of(_ kind: IssueKind) -> [ValidationIssue] { filter { $0.kind == kind } }
}
