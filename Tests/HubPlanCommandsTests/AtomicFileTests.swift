// Tests of atomic output: the new file replaces the old whole, nothing temporary is left, bad paths are errors.
import Foundation
import Testing

@testable import HubPlanCommands

struct AtomicFileTests {
    @Test func replacesWholeAndLeavesNoTemporaryFile() throws {
        let dir = try HubPlanProcess.scratchFolder()
        let path = (dir as NSString).appendingPathComponent("nested/plan.json")
        try AtomicFile.write("old", to: path)
        try AtomicFile.write(String(repeating: "n", count: 100_000), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).count == 100_000)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: (dir as NSString).appendingPathComponent("nested")) == [
                "plan.json"
            ])
    }

    @Test func unwritablePathIsAnError() {
        #expect(throws: CommandLineError.self) { try AtomicFile.write("x", to: "/proc/hubplan-test/plan.json") }
    }
}
