// A small, fast JSON text builder for the map data inlined in the report (tens of thousands of villages).

/// Appends JSON values to a text. Hand-written rather than JSONSerialization because the map data is large
/// (Hebei: 56k nodes), must be byte-for-byte deterministic, and must never contain `</` (it sits in a script tag).
struct JSONWriter {
    private(set) var text = ""

    init() { text.reserveCapacity(1 << 20) }

    mutating func raw(_ s: String) { text += s }

    /// A number with at most `digits` decimals, trailing zeros dropped; non-finite numbers become null.
    mutating func number(_ x: Double, _ digits: Int = 2) {
        guard x.isFinite else { text += "null"; return }
        var s = String(format: "%.\(digits)f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        text += s == "-0" ? "0" : s
    }

    mutating func int(_ x: Int) { text += String(x) }

    /// A JSON string; `<`, `>` and `&` escaped as \u sequences so the text is safe inside a script element.
    mutating func string(_ s: String) {
        text += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default:
                if u.value < 0x20 {
                    text +=
                        "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count)
                        + String(u.value, radix: 16)
                } else {
                    text.unicodeScalars.append(u)
                }
            }
        }
        text += "\""
    }

    /// `[a,b,...]` with `element` writing each item.
    mutating func array<S: Sequence>(_ items: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        text += "["
        var first = true
        for item in items {
            if !first { text += "," }
            first = false
            element(&self, item)
        }
        text += "]"
    }

    /// `"key":` (inside an object the caller opens and closes).
    mutating func key(_ k: String, first: Bool = false) {
        if !first { text += "," }
        string(k)
        text += ":"
    }
}
