// Where the OSRM programs and profiles are: the venv `make osrm` builds under .build/, or a folder the planner names.
import Foundation

/// The osrm-backend programs (`osrm-extract`, `osrm-partition`, `osrm-customize`, `osrm-routed`) and profiles.
///
/// Looked up, in order: `$HUBPLAN_OSRM_BIN` (a folder holding the programs), the PyPI package `osrm-bindings`
/// in `.build/osrm-venv` under the current folder or the folder of the running executable's package (what
/// `make osrm` installs), then `PATH`. Profiles: `car` from the package's `share/profiles`, `van` from
/// `scripts/osrm/van.lua` of this repository, or any `.lua` file path.
public struct OSRMToolchain: Sendable {
    /// The folder holding the programs.
    public var binFolder: String
    /// The folder holding the stock profiles (`car.lua`, `lib/`), when known.
    public var profileFolder: String?

    /// The programs' folder the make target installs, relative to a repository root.
    public static let venvBin = ".build/osrm-venv/lib/python3.12/site-packages/osrm/bin"
    /// The stock profiles' folder, relative to a repository root.
    public static let venvProfiles = ".build/osrm-venv/lib/python3.12/site-packages/osrm/share/profiles"
    /// The repository's van profile, relative to a repository root.
    public static let vanProfile = "scripts/osrm/van.lua"

    /// Finds the programs, or explains how to install them.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(OSRMError) -> OSRMToolchain {
        let manager = FileManager.default
        func has(_ folder: String) -> Bool { manager.isExecutableFile(atPath: folder + "/osrm-routed") }
        if let folder = environment["HUBPLAN_OSRM_BIN"], !folder.isEmpty {
            guard has(folder) else { throw .notInstalled("HUBPLAN_OSRM_BIN=\(folder) holds no osrm-routed") }
            let share = (folder as NSString).deletingLastPathComponent + "/share/profiles"
            return OSRMToolchain(binFolder: folder, profileFolder: manager.fileExists(atPath: share) ? share : nil)
        }
        for root in repositoryRoots() where has(root + "/" + venvBin) {
            return OSRMToolchain(binFolder: root + "/" + venvBin, profileFolder: root + "/" + venvProfiles)
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":").map(String.init) where has(folder) {
            return OSRMToolchain(binFolder: folder, profileFolder: nil)
        }
        throw .notInstalled(
            "osrm-routed not found; run `make osrm` (installs the PyPI package osrm-bindings into "
                + ".build/osrm-venv) or set HUBPLAN_OSRM_BIN to the folder holding the OSRM programs")
    }

    /// The current folder and the folders above the running executable (a `swift build` puts it in .build/).
    static func repositoryRoots() -> [String] {
        var roots = [FileManager.default.currentDirectoryPath]
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            roots.append(url.path)
            url = url.deletingLastPathComponent()
        }
        return roots
    }

    /// The path of program `name` (e.g. `osrm-extract`).
    public func program(_ name: String) -> String { binFolder + "/" + name }

    /// The profile file for `name`: `car`, `van`, or a path to a `.lua` file.
    public func profile(_ name: String) throws(OSRMError) -> String {
        let manager = FileManager.default
        if name.hasSuffix(".lua") {
            guard manager.fileExists(atPath: name) else { throw .badInput("--profile: no file \(name)") }
            return name
        }
        switch name {
        case "car":
            guard let folder = profileFolder, manager.fileExists(atPath: folder + "/car.lua") else {
                throw .notInstalled("car.lua not found beside the OSRM programs; give --profile PATH/car.lua")
            }
            return folder + "/car.lua"
        case "van":
            for root in Self.repositoryRoots() where manager.fileExists(atPath: root + "/" + Self.vanProfile) {
                return root + "/" + Self.vanProfile
            }
            throw .notInstalled("\(Self.vanProfile) not found; run from the repository or give --profile PATH/van.lua")
        default:
            throw .badInput("--profile: \"\(name)\" is neither car, van nor a .lua file")
        }
    }
}
