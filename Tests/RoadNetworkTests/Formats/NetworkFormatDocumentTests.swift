// docs/network-format.md and docs/network.schema.json agree with the code: the example reads, converts to the
// documented CSV, and validates against the schema (with Python's jsonschema from `.build/venv`, which
// `make test` creates with scripts/ensure-test-venv.sh; under CI=true a missing jsonschema fails the tests).
import Foundation
import Testing

@testable import RoadNetwork

@Suite struct NetworkFormatDocumentTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    private static let document =
        (try? String(contentsOf: root.appendingPathComponent("docs/network-format.md"), encoding: .utf8)) ?? ""
    private static let schema = root.appendingPathComponent("docs/network.schema.json").path

    /// The fenced blocks of the example section, in order.
    private static func exampleBlocks() -> [String] {
        guard let start = document.range(of: "## Complete example") else { return [] }
        let parts = document[start.upperBound...].components(separatedBy: "```")
        return stride(from: 1, to: parts.count, by: 2).map { block in
            let text = parts[block]
            return String(text.drop { $0 != "\n" }.dropFirst())
        }
    }

    @Test func theExampleReadsAndConvertsToTheDocumentedCSV() throws {
        let blocks = Self.exampleBlocks()
        try #require(blocks.count == 3)
        let network = try CanonicalJSON.decode(Data(blocks[0].utf8), file: "example.json")
        #expect(network.nodes.count == 4 && network.edges.count == 2)
        #expect(String(decoding: CanonicalJSON.encode(network), as: UTF8.self) == blocks[0])
        let files = CSVFormat.encode(network)
        #expect(String(decoding: files["nodes.csv"]!, as: UTF8.self) == blocks[1])
        #expect(String(decoding: files["edges.csv"]!, as: UTF8.self) == blocks[2])
    }

    /// `HUBPLAN_PYTHON`, else the test venv `make test` creates, else `python3` on the PATH.
    private static let interpreter: [String] = {
        if let chosen = ProcessInfo.processInfo.environment["HUBPLAN_PYTHON"], !chosen.isEmpty { return [chosen] }
        let venv = root.appendingPathComponent(".build/venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? [venv] : ["python3"]
    }()

    private static let hasJSONSchema: Bool = {
        (try? python(["-c", "import jsonschema"]).status) == 0
    }()

    /// On CI the schema tests must run: a missing jsonschema is a failure there, a skip elsewhere.
    private static let onCI = ["true", "1"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")

    /// Records a failure (CI) when jsonschema is missing; returns whether the schema can be checked.
    private static func requireJSONSchema() -> Bool {
        if !hasJSONSchema {
            let python = interpreter.joined(separator: " ")
            Issue.record("Python's jsonschema is missing (\(python)): run scripts/ensure-test-venv.sh (make test does)")
        }
        return hasJSONSchema
    }

    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = interpreter + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Validates `json` against the schema; returns jsonschema's verdict.
    private func schemaCheck(_ json: String) throws -> (status: Int32, output: String) {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Self.python(["-c", script, Self.schema, file.path])
    }

    @Test(.enabled(if: hasJSONSchema || onCI, "needs Python's jsonschema (scripts/ensure-test-venv.sh)"))
    func theExampleAndSamplesMatchTheSchema() throws {
        guard Self.requireJSONSchema() else { return }
        let samples = try ["tiny-roads.json", "tiny-noroads.json"].map {
            String(decoding: try Samples.data($0), as: UTF8.self)
        }
        for json in [Self.exampleBlocks().first ?? ""] + samples {
            let result = try schemaCheck(json)
            #expect(result.status == 0, "\(result.output)")
        }
        let random = String(
            decoding: CanonicalJSON.encode(RandomNetworks.network(nodes: 40, edges: 50, seed: 11)), as: UTF8.self)
        #expect(try schemaCheck(random).status == 0)
    }

    @Test(.enabled(if: hasJSONSchema || onCI, "needs Python's jsonschema (scripts/ensure-test-venv.sh)"))
    func theSchemaRejectsWhatValidationRejects() throws {
        guard Self.requireJSONSchema() else { return }
        let example = Self.exampleBlocks().first ?? ""
        for broken in [
            example.replacingOccurrences(of: #""lat": 40.28"#, with: #""lat": 95"#),
            example.replacingOccurrences(of: #""county": "140221", "township": "t""#, with: #""township": "t""#),
            example.replacingOccurrences(of: #""kind": "village""#, with: #""kind": "hamlet""#),
        ] {
            #expect(broken != example)
            #expect(try schemaCheck(broken).status != 0)
            #expect(!CanonicalJSON.inspect(Data(broken.utf8), file: "x").errors.isEmpty)
        }
    }
}
