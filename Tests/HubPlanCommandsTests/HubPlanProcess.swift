// Test support: runs the built `hubplan` binary as a subprocess and captures its exit code and output.
import Foundation

/// The outcome of one `hubplan` run.
struct HubPlanRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum HubPlanProcess {
    /// The repository root (this file is Tests/HubPlanCommandsTests/HubPlanProcess.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `hubplan` binary built beside the test bundle (the test target depends on it).
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "hubplan")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/hubplan")
    }

    /// A sample network of the RoadNetwork tests.
    static func sample(_ name: String) -> String {
        root.appendingPathComponent("Tests/RoadNetworkTests/Resources/\(name)").path
    }

    /// The `hubplan-bench` binary built beside `hubplan`.
    static var bench: URL { binary.deletingLastPathComponent().appendingPathComponent("hubplan-bench") }

    /// Runs `hubplan arguments...` (or another `executable`) and waits for it.
    static func run(_ arguments: [String], executable: URL = binary) throws -> HubPlanRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return HubPlanRun(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh scratch folder.
    static func scratchFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hubplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
