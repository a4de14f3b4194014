// Reads and encodes plan files (plan.json), with one JSON convention for numbers that are not finite.
import Foundation

/// `plan.json`: a ``NetworkPlan`` as sorted, pretty JSON. An unbounded gap is written as `"inf"`.
public enum PlanFile {
    /// The plan as JSON text (UTF-8), ending with a newline.
    public static func encode(_ plan: NetworkPlan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        var data = try encoder.encode(plan)
        data.append(0x0A)
        return data
    }

    /// Reads the plan at `path`; a missing file, bad JSON or another format is bad input naming the file and
    /// the field.
    public static func read(_ path: String) throws(PlanError) -> NetworkPlan {
        let file = path.hasSuffix(".json") ? path : (path as NSString).appendingPathComponent("plan.json")
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .badInput("\(file): cannot read the plan file")
        }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            return try decoder.decode(NetworkPlan.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .badInput("\(file): \(keyPath(context.codingPath + [key])): missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .badInput("\(file): \(keyPath(context.codingPath)): \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw .badInput("\(file): \(keyPath(context.codingPath)): missing value")
        } catch let DecodingError.dataCorrupted(context) {
            throw .badInput("\(file): \(keyPath(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw .badInput("\(file): not a plan file: \(error)")
        }
    }

    private static func keyPath(_ keys: [any CodingKey]) -> String {
        keys.isEmpty
            ? "(top level)"
            : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}
