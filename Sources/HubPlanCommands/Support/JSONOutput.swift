// One way to print JSON on stdout, so every `--json` output has the same shape and key order.
import Foundation

/// Machine-readable output for scripts: stable key order, no escaped slashes, nothing else on stdout.
public enum JSONOutput {
    /// The encoder every command uses.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `value` as JSON text.
    public static func data<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }

    /// Prints `value` as JSON on stdout.
    public static func print<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try data(value))
    }
}
