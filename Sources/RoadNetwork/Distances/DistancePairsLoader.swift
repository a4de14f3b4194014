// Loads the pairs file of an `osm` or `matrix` network beside the network file, so every reader gets the same distances.
import Foundation

/// Attaches ``DistancePairs`` to a network that was read, resolving ``DistanceSettings/file`` against the
/// folder of the network file. A missing or bad pairs file is an error of the network (bad input).
enum DistancePairsLoader {
    static func load(into inspection: NetworkInspection, folder: String) -> NetworkInspection {
        guard var network = inspection.network, network.distance.source.usesPairsFile else { return inspection }
        var result = inspection
        guard let file = network.distance.file, !file.isEmpty else {
            result.issues.append(
                ValidationIssue(
                    .error, .missingField, at: SourceLocation(file: inspection.source.file),
                    "distance.source \(network.distance.source.rawValue) needs distance.file, the from,to,km,minutes CSV"
                ))
            return result
        }
        let path = file.hasPrefix("/") ? file : (folder.isEmpty ? file : folder + "/" + file)
        let (pairs, issues) = DistancePairsFile.read(path, nodeIDs: Set(network.nodes.map(\.id)))
        result.issues += issues
        network.distance.pairs = pairs
        result.network = network
        return result
    }
}
