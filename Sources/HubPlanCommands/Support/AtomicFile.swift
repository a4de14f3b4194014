// Writes output files so that a killed run never leaves a half-written file: temp file, then rename.
import Foundation

/// Atomic output: the file at `path` is either the old one or the complete new one.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `path`, then renames it over `path`.
    ///
    /// The temporary file is in the same directory so the rename never crosses file systems.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            try data.write(to: temporary)
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
}
