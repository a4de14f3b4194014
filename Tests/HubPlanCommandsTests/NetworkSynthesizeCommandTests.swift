// Tests of `hubplan network synthesize`, run in-process: it writes the shipped bytes and rejects bad input.
import Foundation
import SolverControl
import Testing

@testable import HubPlanCommands

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private func run(_ arguments: [String]) throws {
    var command = try HubPlanCommand.parseAsRoot(arguments)
    try command.run()
}

@Test func synthesizeWritesTheShippedSample() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("synthesize-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    try run([
        "network", "synthesize", "--data", root.appendingPathComponent("Networks/sources").path, "--seed", "2027",
        "--region", "140221", "--townships", "140221100,140221101", "--villages-per-township", "8",
        "--name", "Yanggao-sample", "--out", out.path,
    ])
    let shipped = root.appendingPathComponent("Networks/samples/yanggao")
    for file in ["network.json", "network.geojson"] {
        #expect(
            try Data(contentsOf: out.appendingPathComponent(file))
                == Data(contentsOf: shipped.appendingPathComponent(file)))
    }
}

@Test func unknownRegionIsBadInput() {
    #expect {
        try run([
            "network", "synthesize", "--data", root.appendingPathComponent("Networks/sources").path,
            "--region", "shanxi", "--out", "/tmp/never-written",
        ])
    } throws: { error in
        (error as? CategorizedError)?.category == .badInput && "\(error)".contains("--region")
    }
}

@Test func missingDataDirectoryIsBadInput() {
    #expect {
        try run([
            "network", "synthesize", "--data", "/nonexistent", "--region", "datong", "--out", "/tmp/never-written",
        ])
    } throws: { error in
        (error as? CategorizedError)?.category == .badInput && "\(error)".contains("/nonexistent")
    }
}
