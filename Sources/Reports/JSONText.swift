// A fast writer of JSON text for trees of dictionaries, arrays, strings, numbers and booleans (plan.geojson).
import Foundation

/// Writes a `[String: Any]` tree as compact JSON with sorted keys and unescaped slashes, as
/// `JSONSerialization` with `[.sortedKeys, .withoutEscapingSlashes]` does.
///
/// Hand-written because Foundation's `JSONSerialization` on Linux bridges every value to an `NSObject`: on
/// Hebei's plan (about 60,000 features) it took 5.3 s of a plan's `--time-limit`; this writer appends bytes
/// to one buffer. Values it does not know (none in our reports) are a programming error.
enum JSONText {
    /// The JSON text of `value`.
    static func data(_ value: Any) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        write(value, to: &out)
        return Data(out)
    }

    private static func write(_ value: Any, to out: inout [UInt8]) {
        switch value {
        case let s as String:
            string(s, to: &out)
        case let b as Bool:
            out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case let i as Int:
            out.append(contentsOf: String(i).utf8)
        case let d as Double:
            number(d, to: &out)
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for (k, key) in object.keys.sorted().enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                string(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(object[key]!, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (k, element) in array.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                write(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        default:
            preconditionFailure("JSONText: no JSON form for \(type(of: value))")
        }
    }

    /// Integral values as integers (as JSONSerialization writes them), others in Swift's shortest round-trip
    /// form; JSON has no infinity or NaN, so those are null.
    private static func number(_ d: Double, to out: inout [UInt8]) {
        guard d.isFinite else { out.append(contentsOf: Array("null".utf8)); return }
        if d == d.rounded(), abs(d) < 1e15 {
            out.append(contentsOf: String(Int64(d)).utf8)
        } else {
            out.append(contentsOf: String(d).utf8)
        }
    }

    private static func string(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
