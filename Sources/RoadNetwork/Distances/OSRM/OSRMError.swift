// What can go wrong with OSRM: not installed, bad input, a program that failed, a server that does not answer.
import SolverControl

/// An OSRM failure, with the program or URL at fault.
public enum OSRMError: CategorizedError, Equatable {
    /// The programs or a profile are missing (how to install them is in the message).
    case notInstalled(String)
    /// A file, profile or option the planner gave is wrong.
    case badInput(String)
    /// A program exited with an error; its last output lines are in the message.
    case failed(String)
    /// The server refused a request or did not answer.
    case server(String)

    /// Bad input for everything: the planner fixes an install, a file or a URL.
    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .notInstalled(let m), .badInput(let m), .failed(let m), .server(let m): "osrm: " + m
        }
    }
}
