// `hubplan network ...`: inspect, validate and convert networks.
import ArgumentParser

/// The `network` command group.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Inspect, validate and convert road networks.",
        subcommands: [NetworkInfoCommand.self, NetworkValidateCommand.self, NetworkConvertCommand.self,
                      NetworkSynthesizeCommand.self]
    )
}
