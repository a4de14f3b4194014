// Builds OSRM's MLD data from an OSM extract and runs osrm-routed on loopback, stopped by its pid on every path.
import Foundation
import SolverControl

#if canImport(Glibc)
    import Glibc
#endif

/// An `osrm-routed` this process started on 127.0.0.1, and the steps that prepare its data.
///
/// The server is stopped by its pid in ``stop()``, in `deinit`, and through ``ChildProcesses`` (whose `stopAll` a
/// Ctrl-C or SIGTERM handler calls), so no `osrm-routed` outlives the command, on success, error or interrupt.
public final class OSRMServer: @unchecked Sendable {
    /// The base URL, e.g. `http://127.0.0.1:41234`.
    public let url: String
    /// The server's process id.
    public let pid: Int32
    /// The running `osrm-routed` (internal for tests, which look for it in ``ChildProcesses/shared``).
    let process: Process

    /// Runs osrm-extract, osrm-partition and osrm-customize (MLD) on `osm` with `profile` in `folder`;
    /// returns the `.osrm` base path. The OSM file is linked into `folder`, so outputs land there. `closedWays`
    /// (OpenStreetMap way ids) are left out of the roads (``OSRMClosedWays``); each must be in the extract.
    public static func prepare(
        osm: String, profile: String, toolchain: OSRMToolchain, folder: String, closedWays: [Int64] = []
    ) throws(OSRMError) -> String {
        let manager = FileManager.default
        let name = URL(fileURLWithPath: osm).lastPathComponent
        let ext = name.hasSuffix(".osm.pbf") ? ".osm.pbf" : name.hasSuffix(".pbf") ? ".osm.pbf" : ".osm"
        let input = folder + "/roads" + ext
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? manager.removeItem(atPath: input)
            try manager.createSymbolicLink(
                atPath: input, withDestinationPath: URL(fileURLWithPath: osm).standardizedFileURL.path)
        } catch {
            throw .failed("cannot prepare \(folder): \(error.localizedDescription)")
        }
        let base = folder + "/roads.osrm"
        var staged = try stage(profile: profile, stock: toolchain.profileFolder, folder: folder + "/profile")
        if !closedWays.isEmpty { staged = try OSRMClosedWays.wrap(profile: staged, ways: closedWays, folder: folder) }
        try run(toolchain.program("osrm-extract"), ["-p", staged, input], log: folder + "/extract.log")
        if !closedWays.isEmpty { try OSRMClosedWays.check(log: folder + "/extract.log", ways: closedWays) }
        try run(toolchain.program("osrm-partition"), [base], log: folder + "/partition.log")
        try run(toolchain.program("osrm-customize"), [base], log: folder + "/customize.log")
        return base
    }

    /// Copies `profile` into `folder` with the stock `car.lua` and `lib/` beside it (the van profile builds on car's),
    /// unless the profile's own folder already has them; returns the path to use.
    static func stage(profile: String, stock: String?, folder: String) throws(OSRMError) -> String {
        let manager = FileManager.default
        let own = (profile as NSString).deletingLastPathComponent
        if manager.fileExists(atPath: own + "/lib") && manager.fileExists(atPath: own + "/car.lua") { return profile }
        guard let stock else {
            throw .notInstalled("the stock OSRM profiles (car.lua, lib/) are needed beside \(profile)")
        }
        let target = folder + "/" + URL(fileURLWithPath: profile).lastPathComponent
        do {
            try? manager.removeItem(atPath: folder)
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try manager.copyItem(atPath: stock + "/lib", toPath: folder + "/lib")
            if URL(fileURLWithPath: profile).lastPathComponent != "car.lua" {
                try manager.copyItem(atPath: stock + "/car.lua", toPath: folder + "/car.lua")
            }
            try manager.copyItem(atPath: profile, toPath: target)
        } catch {
            throw .failed("cannot stage the profile in \(folder): \(error.localizedDescription)")
        }
        return target
    }

    /// Starts osrm-routed (MLD) on 127.0.0.1 on a free port and waits until it answers.
    public init(data base: String, toolchain: OSRMToolchain, maxTableSize: Int = 10_000) throws(OSRMError) {
        let port = try Self.freePort()
        let log = (base as NSString).deletingLastPathComponent + "/routed.log"
        let process = try Self.launch(
            toolchain.program("osrm-routed"),
            [
                "--algorithm", "mld", "--ip", "127.0.0.1",
                "--port", String(port), "--max-table-size", String(maxTableSize), base,
            ], log: log)
        self.process = process
        self.pid = process.processIdentifier
        self.url = "http://127.0.0.1:\(port)"
        // Up to a minute for a large extract to load; the loop ends early if the server dies.
        for _ in 0..<600 {
            if !process.isRunning {
                stop()
                throw .failed("osrm-routed exited with status \(process.terminationStatus): " + Self.tail(log))
            }
            if case .success = OSRMHTTP.get(url + "/nearest/v1/driving/0,0", timeoutSeconds: 2) { return }
            usleep(100_000)
        }
        stop()
        throw .server("osrm-routed did not answer on \(url) within 60 s: " + Self.tail(log))
    }

    deinit { stop() }

    /// Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it; safe to call more than once.
    public func stop() { ChildProcesses.shared.stop(process) }

    /// Runs one preparation program to completion, its output in `log`.
    static func run(_ program: String, _ arguments: [String], log: String) throws(OSRMError) {
        let process = try launch(program, arguments, log: log)
        process.waitUntilExit()
        ChildProcesses.shared.remove(process)
        guard process.terminationStatus == 0 else {
            let name = URL(fileURLWithPath: program).lastPathComponent
            throw .failed("\(name) exited with status \(process.terminationStatus) (\(log)): " + tail(log))
        }
    }

    /// Starts `program` with its output in `log` and registers it with ``ChildProcesses``, so a signal reaches it.
    static func launch(_ program: String, _ arguments: [String], log: String) throws(OSRMError) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        guard FileManager.default.createFile(atPath: log, contents: nil), let handle = FileHandle(forWritingAtPath: log)
        else { throw .failed("cannot write the log \(log)") }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        do {
            try ChildProcesses.shared.run(process, stopping: .terminate(grace: 5))
        } catch {
            throw .failed("cannot start \(program): \(error.localizedDescription)")
        }
        return process
    }

    /// The last lines of a log, for error messages.
    static func tail(_ log: String, lines: Int = 5) -> String {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(lines).joined(separator: " | ")
    }

    /// A TCP port on 127.0.0.1 that is free now (bound to port 0, read back, released).
    static func freePort() throws(OSRMError) -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw .failed("cannot open a socket to find a free port") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw .failed("cannot find a free port on 127.0.0.1") }
        return UInt16(bigEndian: address.sin_port)
    }
}
