// Splits a region into shards (prefectures or counties) for a job array, and reads/writes the JSON-lines manifest.
import Foundation

/// One unit of work of a job array: a region (adcode prefix) that `hubplan network synthesize` builds and
/// `hubplan plan` plans on one node.
public struct Shard: Codable, Sendable, Equatable {
    /// Position in the manifest; `SLURM_ARRAY_TASK_ID` picks it.
    public var id: Int
    /// Adcode prefix of the shard (2 digits for a province, 4 for a prefecture, 6 for a county).
    public var region: String
    /// The shard's counties (6-digit adcodes), ascending.
    public var counties: [String]
    /// Estimated work: the shard's villages (routing and location time grow with them).
    public var villages: Int

    public init(id: Int, region: String, counties: [String], villages: Int) {
        self.id = id; self.region = region; self.counties = counties; self.villages = villages
    }
}

/// How a region is cut into shards.
public enum ShardLevel: String, Sendable, CaseIterable {
    case province, prefecture, county

    /// The length of a shard's adcode prefix.
    public var prefixLength: Int {
        switch self {
        case .province: 2
        case .prefecture: 4
        case .county: 6
        }
    }
}

/// The manifest of a sharded run: one JSON object a line, ordered by region code so ids are stable.
public enum ShardManifest {
    /// A county with the villages it holds, the input of ``shards(counties:by:)``.
    public struct CountyWork: Sendable, Equatable {
        public var code: String
        public var villages: Int
        public init(code: String, villages: Int) { self.code = code; self.villages = villages }
    }

    /// Groups `counties` into shards at `level`, ordered by region code; ids count from 0.
    public static func shards(counties: [CountyWork], by level: ShardLevel) -> [Shard] {
        var groups: [String: (counties: [String], villages: Int)] = [:]
        for county in counties {
            let region = String(county.code.prefix(level.prefixLength))
            groups[region, default: ([], 0)].counties.append(county.code)
            groups[region, default: ([], 0)].villages += county.villages
        }
        return groups.keys.sorted().enumerated().map { index, region in
            let group = groups[region]!
            return Shard(id: index, region: region, counties: group.counties.sorted(), villages: group.villages)
        }
    }

    /// The manifest text: one sorted-key JSON object per line.
    public static func encode(_ shards: [Shard]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = Data()
        for shard in shards {
            data.append(try encoder.encode(shard))
            data.append(0x0A)
        }
        return data
    }

    /// Reads a manifest; a bad line is bad input naming the file and the line.
    public static func read(_ path: String) throws(PlanError) -> [Shard] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw .badInput("\(path): cannot read the shard manifest")
        }
        var shards: [Shard] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                shards.append(try JSONDecoder().decode(Shard.self, from: Data(line.utf8)))
            } catch {
                throw .badInput("\(path):\(number + 1): not a shard (id, region, counties, villages): \(error)")
            }
        }
        for (index, shard) in shards.enumerated() where shard.id != index {
            throw .badInput("\(path):\(index + 1): shard id \(shard.id), expected \(index)")
        }
        return shards
    }

    /// The region the shards cut up: the longest whole-level adcode prefix (0, 2, 4 or 6 digits) every shard's
    /// region shares (`""`, the whole country, for province shards). Its counties are exactly the shards' counties, so the merge synthesizes it.
    public static func region(of shards: [Shard]) -> String {
        guard var prefix = shards.first?.region else { return "" }
        for shard in shards.dropFirst() {
            while !shard.region.hasPrefix(prefix) { prefix.removeLast() }
        }
        // Adcode levels are 2 digits each: provinces 13 and 14 share "1", which is no region.
        return String(prefix.prefix(prefix.count / 2 * 2))
    }
}
