// The root of the `hubplan` command tree and its exit-code policy (0 ok, 1 infeasible, 2 bad input or usage).
import ArgumentParser
import Foundation
import SolverControl

/// `hubplan`: plans rural express-delivery networks from the shell.
public struct HubPlanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hubplan",
        abstract: "Plan rural express-delivery networks: where hubs and county centers go, how shared routes run.",
        discussion: """
            Exit codes: 0 success, 1 infeasible or no solution, 2 bad input or usage. \
            Machine-readable output goes to stdout with --json; logs and progress go to stderr.

            Example:
              hubplan network info Networks/datong
            """,
        subcommands: [
            NetworkCommand.self, SolveCommand.self, LocateCommand.self, RouteCommand.self,
            CodeliverCommand.self, PlanCommand.self, SweepCommand.self, DiffCommand.self, VerifyCommand.self,
            ShardsCommand.self, MergeCommand.self,
        ]
    )

    public init() {}

    /// Parses the process arguments, runs the chosen command and exits with HubPlan's exit codes.
    ///
    /// ArgumentParser exits with 64 on usage errors; HubPlan promises 2 for every kind of bad input, so the
    /// mapping happens here, once.
    public static func runMain(arguments: [String]? = nil) -> Never {
        run(HubPlanCommand.self, arguments: arguments)
    }

    /// Runs any root command (`hubplan`, `hubplan-bench`) with HubPlan's exit codes.
    public static func run<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]? = nil) -> Never {
        do {
            var command = try Root.parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as CategorizedError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            Foundation.exit(error.category == .infeasible ? 1 : 2)
        } catch {
            let code = Root.exitCode(for: error)
            if code == .success {
                Root.exit(withError: error)
            }
            let message = Root.fullMessage(for: error)
            if !message.isEmpty {
                FileHandle.standardError.write(Data("\(message)\n".utf8))
            }
            if code == .validationFailure {
                Foundation.exit(2)
            }
            Foundation.exit(code.rawValue == 1 ? 1 : code.rawValue)
        }
    }
}
