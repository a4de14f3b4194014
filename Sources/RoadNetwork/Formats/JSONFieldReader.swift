// Reads typed fields out of a JSON tree leniently: every bad field becomes an issue with its path, not a throw.
import Foundation

/// Typed access to JSON values that records a ``ValidationIssue`` for every missing, mistyped or unknown
/// field and carries on, so one read reports all of a file's problems.
struct JSONFieldReader {
    /// The file named in every issue.
    let file: String
    /// Everything found so far, in reading order.
    var issues: [ValidationIssue] = []

    init(file: String) { self.file = file }

    /// Whether an error (not just a warning) has been recorded.
    var hasErrors: Bool { issues.contains { $0.severity == .error } }

    mutating func error(_ kind: IssueKind, _ path: String, _ message: String) {
        issues.append(ValidationIssue(.error, kind, at: SourceLocation(file: file, path: path), message))
    }

    mutating func warning(_ kind: IssueKind, _ path: String, _ message: String) {
        issues.append(ValidationIssue(.warning, kind, at: SourceLocation(file: file, path: path), message))
    }

    /// The members of an object, or nil (and an issue) when `value` is something else.
    mutating func object(_ value: JSONValue, at path: String) -> [JSONMember]? {
        if case .object(let members) = value { return members }
        error(.wrongType, path, "expected an object, found \(value.kindName)")
        return nil
    }

    /// The elements of an array, or nil (and an issue).
    mutating func array(_ value: JSONValue, at path: String) -> [JSONValue]? {
        if case .array(let elements) = value { return elements }
        error(.wrongType, path, "expected an array, found \(value.kindName)")
        return nil
    }

    /// A number; `null` counts as absent.
    mutating func number(_ value: JSONValue, at path: String) -> Double? {
        switch value {
        case .number(let x): return x
        case .null: return nil
        default:
            error(.wrongType, path, "expected a number, found \(value.kindName)")
            return nil
        }
    }

    /// A string; integers are accepted for codes and ids written without quotes (`"county": 140221`).
    mutating func string(_ value: JSONValue, at path: String) -> String? {
        switch value {
        case .string(let s): return s
        case .number(let x) where x == x.rounded() && abs(x) < 1e15: return JSONText.number(x)
        case .null: return nil
        default:
            error(.wrongType, path, "expected a string, found \(value.kindName)")
            return nil
        }
    }

    /// An optional string: empty text means absent, as an empty CSV cell does, so every format agrees.
    mutating func optionalString(_ value: JSONValue, at path: String) -> String? {
        guard let s = string(value, at: path), !s.isEmpty else { return nil }
        return s
    }

    /// A boolean; `null` counts as absent.
    mutating func bool(_ value: JSONValue, at path: String) -> Bool? {
        switch value {
        case .bool(let b): return b
        case .null: return nil
        default:
            error(.wrongType, path, "expected true or false, found \(value.kindName)")
            return nil
        }
    }

    /// A required value that was absent: an error, and a placeholder so reading can go on.
    mutating func required<T>(_ value: T?, _ path: String, placeholder: T) -> T {
        if let value { return value }
        if !issues.contains(where: { $0.location.path == path }) {
            error(.missingField, path, "required field is missing")
        }
        return placeholder
    }

    /// A member the format does not define.
    mutating func unknown(_ key: String, at path: String) {
        warning(.unknownField, path, "unknown field \"\(key)\" is ignored")
    }

    /// Runs `read` over the JSON a `Decoder` holds and throws the first error as a `DecodingError`, so the model
    /// types' `Codable` conformances and the file readers share one field list.
    static func decode<T>(_ decoder: Decoder, _ read: (JSONValue, inout JSONFieldReader) -> T) throws -> T {
        let value = try JSONValue(from: decoder)
        var reader = JSONFieldReader(file: "")
        let result = read(value, &reader)
        if let first = reader.issues.first(where: { $0.severity == .error }) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: first.description))
        }
        return result
    }
}

/// Joins a JSON path and a member key.
func jsonPath(_ prefix: String, _ key: String) -> String {
    prefix.isEmpty ? key : prefix + "." + key
}
