// A JSON document as a tree with ordered members: parsed by Foundation, written by us in a stable layout.
import Foundation

/// A JSON value whose object members keep the order they were created in.
///
/// The tree exists so that readers can report *every* bad field with its path instead of stopping at the
/// first, and so that writers control member order, number spelling and line layout, which `JSONEncoder`
/// does not. Files are parsed by ``JSONParser``; `Codable` conformances go through this type's `Decodable`.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// What a reader calls this value in a message ("a number", "an object").
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` member of a JSON object.
struct JSONMember: Sendable, Hashable {
    var key: String
    var value: JSONValue

    init(_ key: String, _ value: JSONValue) { self.key = key; self.value = value }
}

/// Builds objects member by member, leaving out absent optionals and default values.
struct JSONObjectBuilder {
    private(set) var members: [JSONMember] = []

    mutating func add(_ key: String, _ value: JSONValue) { members.append(JSONMember(key, value)) }
    mutating func add(_ key: String, _ value: String?) { if let value { add(key, .string(value)) } }
    mutating func add(_ key: String, _ value: Double?) { if let value { add(key, .number(value)) } }
    /// Adds a flag only when it is set: `false` is the default everywhere in the format.
    mutating func addFlag(_ key: String, _ value: Bool) { if value { add(key, .bool(true)) } }

    var value: JSONValue { .object(members) }
}

extension JSONValue: Codable {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes any JSON value; numbers are tried first because they are the most common leaves in networks.
    init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() { self = .null; return }
            if let x = try? single.decode(Double.self) { self = .number(x); return }
            if let s = try? single.decode(String.self) { self = .string(s); return }
            if let b = try? single.decode(Bool.self) { self = .bool(b); return }
        }
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            // Foundation does not promise member order here; sorting keeps messages reproducible.
            let keys = keyed.allKeys.sorted { $0.stringValue < $1.stringValue }
            var members: [JSONMember] = []
            members.reserveCapacity(keys.count)
            for key in keys {
                members.append(JSONMember(key.stringValue, try keyed.decode(JSONValue.self, forKey: key)))
            }
            self = .object(members)
            return
        }
        var unkeyed = try decoder.unkeyedContainer()
        var elements: [JSONValue] = []
        if let count = unkeyed.count { elements.reserveCapacity(count) }
        while !unkeyed.isAtEnd {
            elements.append(try unkeyed.decode(JSONValue.self))
        }
        self = .array(elements)
    }

    func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer(); try c.encode(b)
        case .number(let x):
            var c = encoder.singleValueContainer()
            if x.isFinite { try c.encode(x) } else { try c.encodeNil() }
        case .string(let s):
            var c = encoder.singleValueContainer(); try c.encode(s)
        case .array(let elements):
            var c = encoder.unkeyedContainer()
            for e in elements { try c.encode(e) }
        case .object(let members):
            var c = encoder.container(keyedBy: AnyKey.self)
            for m in members { try c.encode(m.value, forKey: AnyKey(stringValue: m.key)) }
        }
    }

    /// Parses JSON text (see ``JSONParser``); a syntax error names `file` and the line.
    static func parse(_ data: Data, file: String) throws(NetworkError) -> JSONValue {
        do {
            return try JSONParser.parse(data, file: file)
        } catch let error as NetworkError {
            throw error
        } catch {
            throw NetworkError(file: file, message: "\(error)")
        }
    }
}
