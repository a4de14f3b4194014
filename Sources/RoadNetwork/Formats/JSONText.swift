// Writes a JSON tree as text in HubPlan's diff-friendly layout, with numbers spelled the shortest exact way.

/// JSON text output for ``JSONValue``.
///
/// The layout: the top-level object has one member per line; an array that is a top-level member has one
/// element per line (one node, one road per line, so `git diff` shows exactly which places changed); deeper
/// values stay on their element's line.
enum JSONText {
    /// Renders `value` in the layout above, ending with a newline.
    static func render(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(4096)
        renderTop(value, into: &out)
        out.append("\n")
        return out
    }

    /// Renders `value` on one line (`{"a": 1, "b": [1, 2]}`).
    static func inline(_ value: JSONValue) -> String {
        var out = ""
        renderInline(value, into: &out)
        return out
    }

    /// The shortest decimal that reads back as exactly `x`: `0.3`, not `0.29999999999999999`; `120`, not
    /// `120.0`. Non-finite values have no JSON spelling and become `null` (validation reports them first).
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(.towardZero), abs(x) < 1e15 {
            return String(Int64(x))
        }
        // Swift's description is the shortest representation that round-trips (e.g. "0.1", "1e-05", "5e+20"),
        // all of which are valid JSON numbers.
        return x.description
    }

    /// A JSON string literal; non-ASCII text (Chinese names) is written as UTF-8, not escaped.
    static func string(_ s: String, into out: inout String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }

    private static func renderTop(_ value: JSONValue, into out: inout String) {
        guard case .object(let members) = value, !members.isEmpty else {
            renderInline(value, into: &out)
            return
        }
        out.append("{\n")
        for (i, member) in members.enumerated() {
            out.append("  ")
            string(member.key, into: &out)
            out.append(": ")
            if case .array(let elements) = member.value, !elements.isEmpty {
                out.append("[\n")
                for (j, element) in elements.enumerated() {
                    out.append("    ")
                    renderInline(element, into: &out)
                    out.append(j + 1 < elements.count ? ",\n" : "\n")
                }
                out.append("  ]")
            } else {
                renderInline(member.value, into: &out)
            }
            out.append(i + 1 < members.count ? ",\n" : "\n")
        }
        out.append("}")
    }

    private static func renderInline(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let x): out.append(number(x))
        case .string(let s): string(s, into: &out)
        case .array(let elements):
            out.append("[")
            for (i, e) in elements.enumerated() {
                if i > 0 { out.append(", ") }
                renderInline(e, into: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(", ") }
                string(m.key, into: &out)
                out.append(": ")
                renderInline(m.value, into: &out)
            }
            out.append("}")
        }
    }
}
