// County polygons for the position model, read from the vendored `boundaries/PP.geojson` beside the source tables.
import Foundation
import RoadNetwork

/// The outlines of the counties of a region, by adcode; empty where no boundary file is vendored.
public enum CountyOutlines {
    /// The boundary files under `directory/boundaries/` for the provinces of `prefix` (its first two digits;
    /// every file when the prefix names no province).
    public static func load(directory: String, prefix: String) throws -> [String: CountyBoundary] {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("boundaries").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".geojson")
        }.sorted()
        let province = String(prefix.prefix(2))
        var outlines: [String: CountyBoundary] = [:]
        for name in names where province.count < 2 || name == province + ".geojson" {
            for boundary in try CountyBoundaries.read(folder + "/" + name) where outlines[boundary.adcode] == nil {
                outlines[boundary.adcode] = boundary
            }
        }
        return outlines
    }
}
