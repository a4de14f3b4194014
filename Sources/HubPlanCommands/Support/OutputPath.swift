// Checks an output path before any work: a single-file output must be a regular file path, a folder a folder.
import Foundation

/// What an output option may name. A device (`/dev/full`), a pipe or a folder given where a file is written
/// would be replaced by a regular file through the atomic rename, and an empty path would mean the current
/// folder: both are refused as bad input (exit 2) before the command solves anything.
public enum OutputPath {
    /// What kind of file system object `path` is, or nil when nothing is there.
    static func kind(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a pipe"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// Checks that `path` can name a single output file: not empty, not ending in `/`, nothing but a regular
    /// file there now, and its parent (if present) a folder.
    ///
    /// - Throws: ``CommandLineError`` (bad input) naming `option` and the path.
    public static func checkFile(_ path: String, option: String = "--out") throws {
        guard !path.isEmpty else { throw CommandLineError("\(option) is empty; give a file path") }
        guard !path.hasSuffix("/") else {
            throw CommandLineError("\(option) \(path) ends in '/'; give a file path, not a folder")
        }
        if let kind = kind(of: path), kind != "a regular file" {
            throw CommandLineError("\(option) \(path) is \(kind), not a regular file; give a file path")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, let kind = kind(of: parent), kind != "a folder" {
            throw CommandLineError("\(option) \(path): \(parent) is \(kind), not a folder")
        }
    }

    /// Checks that `path` can name an output folder: not empty, and a folder if anything is there.
    ///
    /// - Throws: ``CommandLineError`` (bad input) naming `option` and the path.
    public static func checkFolder(_ path: String, option: String = "--out") throws {
        guard !path.isEmpty else { throw CommandLineError("\(option) is empty; give a folder") }
        if let kind = kind(of: path), kind != "a folder" {
            throw CommandLineError("\(option) \(path) is \(kind), not a folder")
        }
    }
}
