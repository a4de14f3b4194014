// `hubplan-bench ...`: benchmark programs that print and write tables (never part of `swift test`).
import ArgumentParser
import HubPlanCommands

/// The `bench` command group: one subcommand per benchmark suite.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hubplan-bench",
        abstract: "Run benchmark suites and write their tables under out/bench/.",
        subcommands: [
            BenchGLPKCommand.self, BenchNetworkCommand.self, BenchLocationCommand.self, BenchRoutingCommand.self,
            BenchVRPTWCommand.self, BenchScaleCommand.self, BenchOSMCommand.self,
        ]
    )

    public init() {}
}
