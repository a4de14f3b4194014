// An exclusive lock on an output folder, so two runs into one --out cannot mix their files.
import Foundation

/// Holds `flock` on `FOLDER/.hubplan.lock` (which records the holder's pid) while a command writes there.
///
/// `flock` is released by the kernel when the process ends, however it ends (kill -9 included), so a lock
/// never outlives its holder. The lock file is removed when the run ends normally; after a kill -9 it stays,
/// without effect, until the next run locks and removes it.
public final class OutputLock {
    /// The lock file's name inside the folder.
    public static let fileName = ".hubplan.lock"
    private let descriptor: Int32
    private let path: String
    private let folder: String
    /// Whether this lock created the folder: a run that wrote nothing leaves no empty folder behind.
    private let created: Bool

    /// Creates `folder` if needed and locks it.
    ///
    /// - Throws: ``CommandLineError`` (bad input, exit 2) naming the holder's pid when another process holds
    ///   the lock, or the reason the lock file cannot be opened.
    public init(folder: String, option: String = "--out") throws {
        try OutputPath.checkFolder(folder, option: option)
        created = OutputPath.kind(of: folder) == nil
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandLineError("\(option) \(folder): cannot create the folder (\(error.localizedDescription))")
        }
        path = (folder as NSString).appendingPathComponent(OutputLock.fileName)
        // A lock file unlinked by a finishing holder between our open and our flock is locked in vain: retry
        // until the file we hold is the one at `path`.
        var locked: Int32 = -1
        while locked < 0 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw CommandLineError("\(option) \(folder): cannot open \(path): \(String(cString: strerror(errno)))")
            }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let holder = OutputLock.readPid(fd)
                close(fd)
                throw CommandLineError(
                    "\(option) \(folder) is in use by another hubplan run"
                        + (holder.map { " (pid \($0))" } ?? "") + "; wait for it or choose another folder")
            }
            var held = stat(), current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino,
                held.st_dev == current.st_dev
            {
                locked = fd
            } else {
                close(fd)
            }
        }
        descriptor = locked
        let pid = Data("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Removes the lock file (while still holding it, so no one locks it in between) and unlocks.
    deinit {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        if created { rmdir(folder) }
    }

    private static func readPid(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
