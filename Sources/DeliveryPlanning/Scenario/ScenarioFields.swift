// Typed, path-aware access to one YAML mapping of a scenario file, so every error names file, line and key path.
import Foundation
import Yams

/// One mapping of a scenario file with its key path (`hubs`, `policy`, ...).
///
/// Yams' Codable decoder would silently ignore a misspelt key and report type errors without the line; this
/// walker reads Yams' node tree instead, remembers which keys were read and rejects the rest.
struct ScenarioFields {
    let file: String
    let path: String
    let mapping: Node.Mapping
    private(set) var used: [String] = []

    init(file: String, path: String, node: Node) throws(PlanError) {
        guard let mapping = node.mapping else {
            throw ScenarioFields.error(
                file: file, node: node, path: path.isEmpty ? "(top level)" : path,
                "expected a mapping of keys to values")
        }
        self.file = file
        self.path = path
        self.mapping = mapping
    }

    /// "file:line: key.path: message".
    static func error(file: String, node: Node?, path: String, _ message: String) -> PlanError {
        let line = node?.mark.map { ":\($0.line)" } ?? ""
        return .badInput("\(file)\(line): \(path): \(message)")
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value of `key`, if present and not null.
    mutating func node(_ key: String) -> Node? {
        used.append(key)
        guard let value = mapping[Node(key)] else { return nil }
        if value.null != nil { return nil }
        return value
    }

    func fail(_ key: String, _ node: Node?, _ message: String) -> PlanError {
        ScenarioFields.error(file: file, node: node ?? .mapping(mapping), path: keyPath(key), message)
    }

    mutating func section(_ key: String) throws(PlanError) -> ScenarioFields? {
        guard let value = node(key) else { return nil }
        return try ScenarioFields(file: file, path: keyPath(key), node: value)
    }

    mutating func string(_ key: String) throws(PlanError) -> String? {
        guard let value = node(key) else { return nil }
        guard value.scalar != nil, let s = value.string else { throw fail(key, value, "expected a text value") }
        return s
    }

    mutating func bool(_ key: String) throws(PlanError) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let b = value.bool else {
            throw fail(key, value, "expected true or false, found \"\(value.string ?? "?")\"")
        }
        return b
    }

    /// A finite number within `range`.
    mutating func number(
        _ key: String, in range: ClosedRange<Double> = 0...Double.greatestFiniteMagnitude
    )
        throws(PlanError) -> Double?
    {
        guard let value = node(key) else { return nil }
        guard let x = value.float, x.isFinite else {
            throw fail(key, value, "expected a number, found \"\(value.string ?? "?")\"")
        }
        guard range.contains(x) else { throw fail(key, value, "\(x) is outside \(Self.describe(range))") }
        return x
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int> = 0...Int.max) throws(PlanError) -> Int? {
        guard let value = node(key) else { return nil }
        guard let x = value.int else {
            throw fail(key, value, "expected a whole number, found \"\(value.string ?? "?")\"")
        }
        guard range.contains(x) else {
            throw fail(key, value, "\(x) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return x
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func strings(_ key: String) throws(PlanError) -> [String]? {
        guard let value = node(key) else { return nil }
        if value.scalar != nil, let s = value.string { return [s] }
        guard let items = value.sequence else { throw fail(key, value, "expected a list") }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            guard item.scalar != nil, let s = item.string else {
                throw fail("\(key)[\(i)]", item, "expected a text value")
            }
            out.append(s)
        }
        return out
    }

    /// `4`, `3..5`, `3-5` or `[3, 5]`, within `limits`.
    mutating func range(_ key: String, in limits: ClosedRange<Int>) throws(PlanError) -> ClosedRange<Int>? {
        guard let value = node(key) else { return nil }
        var bounds: [Int] = []
        if let items = value.sequence {
            bounds = items.compactMap(\.int)
            if bounds.count != items.count || bounds.count != 2 { bounds = [] }
        } else if let n = value.int {
            bounds = [n, n]
        } else if let text = value.string {
            let parts = text.replacing("..", with: "-").split(separator: "-").map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            if parts.count == 2, let a = parts[0], let b = parts[1] { bounds = [a, b] }
        }
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            throw fail(key, value, "expected a number or a range like 3..5, found \"\(value.string ?? "a list")\"")
        }
        guard limits.contains(bounds[0]), limits.contains(bounds[1]) else {
            throw fail(key, value, "\(bounds[0])..\(bounds[1]) is outside \(limits.lowerBound)..\(limits.upperBound)")
        }
        return bounds[0]...bounds[1]
    }

    /// Rejects keys that were never read (a misspelt key would otherwise be ignored without a word).
    func rejectUnknownKeys() throws(PlanError) {
        for (key, _) in mapping {
            let name = key.string ?? "?"
            if !used.contains(name) {
                throw ScenarioFields.error(
                    file: file, node: key, path: keyPath(name),
                    "unknown key (known here: \(used.joined(separator: ", ")))")
            }
        }
    }

    private static func describe(_ range: ClosedRange<Double>) -> String {
        range.upperBound == .greatestFiniteMagnitude
            ? ">= \(range.lowerBound)" : "\(range.lowerBound)...\(range.upperBound)"
    }
}
