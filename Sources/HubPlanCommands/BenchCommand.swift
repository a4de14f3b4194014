// `hubplan bench ...`: benchmark programs that print and write tables (never part of `swift test`).
import ArgumentParser

/// The `bench` command group: one subcommand per benchmark suite.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run benchmark suites and write their tables under out/bench/.",
        subcommands: [
            BenchGLPKCommand.self, BenchNetworkCommand.self, BenchLocationCommand.self, BenchRoutingCommand.self,
            BenchVRPTWCommand.self,
        ]
    )
}
