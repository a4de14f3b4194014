// Reads gzip files (the vendored national source tables and county polygons) with the system zlib.
import Foundation
import SystemZlib

/// gzip decompression with the system zlib.
///
/// The national tables under `Networks/sources/` are stored gzipped (15 MB instead of 98 MB). zlib is on every
/// Linux machine Swift runs on (Debian: `zlib1g-dev` for the header, installed by `scripts/ensure-deps.sh`);
/// a package such as compress-nio would bring all of SwiftNIO for one function.
public enum Gzip {
    /// The file at `path`, decompressed when its name ends in `.gz`, read as is otherwise.
    public static func contents(ofFile path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GzipError(message: "\(path): cannot open the file")
        }
        guard path.hasSuffix(".gz") else { return data }
        do {
            return try decompress(data)
        } catch let error as GzipError {
            throw GzipError(message: "\(path): \(error.message)")
        }
    }

    /// `path`, or `path.gz` when only the compressed copy exists; nil when neither does.
    public static func existing(_ path: String) -> String? {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { return path }
        return manager.fileExists(atPath: path + ".gz") ? path + ".gz" : nil
    }

    /// Inflates gzip (or zlib) data, every member of a multi-member file included.
    public static func decompress(_ data: Data) throws -> Data {
        var stream = z_stream()
        // 15 + 32: the largest window, and detect a gzip or zlib header.
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GzipError(message: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        let input = [UInt8](data)
        var status = Z_OK
        try input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            repeat {
                try buffer.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                        throw GzipError(message: "not valid gzip data (zlib error \(status))")
                    }
                    out.append(target.baseAddress!, count: target.count - Int(stream.avail_out))
                }
                // A file may hold several gzip members, one after another.
                if status == Z_STREAM_END && stream.avail_in > 0 {
                    guard inflateReset(&stream) == Z_OK else { throw GzipError(message: "zlib could not reset") }
                    status = Z_OK
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 {
                    throw GzipError(message: "the gzip data ends early")
                }
            } while status != Z_STREAM_END
        }
        return out
    }
}

/// A gzip file that cannot be read, naming the file.
public struct GzipError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
