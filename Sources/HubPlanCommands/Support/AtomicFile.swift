// Writes output files so that a killed run never leaves a half-written file: temp file, then rename.
import Foundation

/// Atomic output: the file at `path` is either the old one or the complete new one.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `path`, then renames it over `path`.
    ///
    /// The temporary file (`.NAME.<pid>.tmp`) is in the same directory so the rename never crosses file systems.
    /// A run killed with SIGKILL cannot remove its temporary file, so each write first removes the temporary
    /// files of `NAME` left by processes that no longer exist. `path` must be a regular file path
    /// (``OutputPath/checkFile(_:option:)``): a device or folder there is refused, never replaced.
    public static func write(_ data: Data, to path: String) throws {
        try OutputPath.checkFile(path, option: "output")
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            removeStaleTemporaries(of: url.lastPathComponent, in: directory.path)
            let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            do {
                try data.write(to: temporary)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw CommandLineError("cannot write \(path): \(reason)")
            }
        } catch let error as CommandLineError {
            throw error
        } catch {
            throw CommandLineError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Writes a UTF-8 string atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Removes `.NAME.<pid>.tmp` files in `directory` whose pid is no longer a running process.
    static func removeStaleTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name).", suffix = ".tmp"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) {
            let middle = entry.dropFirst(prefix.count).dropLast(suffix.count)
            guard let pid = Int32(middle), pid > 0, pid != getpid() else { continue }
            // ESRCH: no such process. EPERM means it exists under another user: leave its file alone.
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(entry))
            }
        }
    }
}
