// `hubplan solve ...`: solve standard benchmark-format instances (OR-Library, VRPLIB, Solomon) directly.
import ArgumentParser

/// The `solve` command group: one subcommand per instance format.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a standard benchmark instance file (p-median, warehouse location, VRPLIB, Solomon).",
        subcommands: [SolvePMedCommand.self, SolveCapCommand.self, SolveVRPLIBCommand.self, SolveSolomonCommand.self]
    )
}
