// What a planner chooses about the outputs: language, byte-order marks, county outlines, an online basemap.
import Foundation
import RoadNetwork

/// Choices that shape the report, county pages, workbook and CSV files (not the plan itself).
public struct ReportOptions: Sendable {
    /// The language of every text.
    public var language: ReportLanguage
    /// Whether CSV files start with a UTF-8 byte-order mark (so a Chinese-locale Excel reads them as UTF-8).
    public var byteOrderMark = true
    /// County outlines drawn on the maps (the network's counties only).
    public var boundaries: [CountyBoundary] = []
    /// A web tile URL template (`https://.../{z}/{x}/{y}.png`) drawn under the map; nil keeps the page offline.
    public var tiles: String?

    /// Options in `language`, with a byte-order mark, no outlines and no basemap.
    public init(language: ReportLanguage) { self.language = language }

    /// The texts of ``language``.
    public var strings: Strings { Strings(language) }

    /// County outlines for `network` from a folder of `NN.geojson` files (one per province, by the first two digits
    /// of the adcode), keeping only the network's counties; provinces without a file are skipped.
    public static func boundaries(for network: Network, folder: String) throws(NetworkError) -> [CountyBoundary] {
        let codes = Set(network.counties.map(\.code))
        var out: [CountyBoundary] = []
        for province in Set(codes.map { String($0.prefix(2)) }).sorted() {
            let path = (folder as NSString).appendingPathComponent("\(province).geojson")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            out += try CountyBoundaries.read(path).filter { codes.contains($0.adcode) }
        }
        return out.sorted { $0.adcode < $1.adcode }
    }

    /// The vendored outlines folder (`sources/boundaries`) found beside or above a network path, if any.
    public static func boundariesFolder(near networkPath: String) -> String? {
        var dir = URL(fileURLWithPath: networkPath).standardizedFileURL
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            let candidate = dir.appendingPathComponent("sources/boundaries").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }
}
