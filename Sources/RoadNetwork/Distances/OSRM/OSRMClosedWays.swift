// Closed roads for OSRM: a profile that wraps the planner's and drops the closed OpenStreetMap ways at extraction.
import Foundation

/// Leaves OpenStreetMap ways out of the road graph OSRM builds (`hubplan network roads --close-way`).
///
/// Why a wrapping profile: the extract stays as the planner has it (no osmium, works for `.osm` and `.osm.pbf`),
/// the ways are gone from every path in both directions, and the profile's own speeds are untouched. OSRM's
/// `exclude` classes would need the closed ways tagged in the extract, and a segment-speed file of 0 would need
/// each way's node pairs; both are more to get wrong. The wrapper prints each closed way it drops, so a way id
/// that is not in the extract is an error rather than a closure that silently did nothing.
public enum OSRMClosedWays {
    /// Writes `closed-ways.lua` into `folder`: the profile at `profile` (whose folder must hold what it requires)
    /// with `process_way` returning early for `ways`; returns its path.
    static func wrap(profile: String, ways: [Int64], folder: String) throws(OSRMError) -> String {
        let own = (profile as NSString).deletingLastPathComponent
        let set = ways.map { "[\($0)] = true" }.joined(separator: ", ")
        let lua = """
            -- Written by hubplan network roads --close-way: \(URL(fileURLWithPath: profile).lastPathComponent) \
            with these OpenStreetMap ways closed.
            api_version = 4
            package.path = [==[\(own)/?.lua;]==] .. package.path
            local base = dofile([==[\(profile)]==])
            local closed = { \(set) }
            local profile = {}
            for key, value in pairs(base) do profile[key] = value end
            profile.process_way = function(p, way, result, relations)
              if closed[way:id()] then
                print('hubplan: closed way ' .. way:id())
                return
              end
              return base.process_way(p, way, result, relations)
            end
            return profile

            """
        let path = folder + "/closed-ways.lua"
        do {
            try Data(lua.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .failed("cannot write \(path): \(error.localizedDescription)")
        }
        return path
    }

    /// Throws when a way of `ways` was never dropped: osrm-extract's `log` names each one the profile dropped.
    static func check(log: String, ways: [Int64]) throws(OSRMError) {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        var seen = Set<Int64>()
        for line in text.split(separator: "\n") {
            guard let range = line.range(of: "hubplan: closed way ") else { continue }
            if let id = Int64(line[range.upperBound...].prefix { $0.isNumber }) { seen.insert(id) }
        }
        let missing = ways.filter { !seen.contains($0) }
        guard missing.isEmpty else {
            throw .badInput(
                "--close-way: no way \(missing.map(String.init).joined(separator: ", ")) in the extract "
                    + "(an OpenStreetMap way id, as osm.org shows it)")
        }
    }
}
