// Shared inputs of the synthesis tests: the vendored source tables, the shipped networks, built networks.
import Foundation
import RoadNetwork

@testable import NetworkSynthesis

enum Fixtures {
    /// The repository's root directory, found from this file so tests need neither /work/shared nor resources.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `Networks/sources`.
    static let sources = root.appendingPathComponent("Networks/sources").path
    /// `Networks/<name>`.
    static func network(_ name: String) -> String { root.appendingPathComponent("Networks/\(name)").path }

    /// The seed the shipped networks are built with (Networks/README.md).
    static let seed: UInt64 = 2027

    /// Datong's source tables.
    static let datongData = Result { try SourceData.load(directory: sources, prefix: "1402") }
    /// Hebei's source tables.
    static let hebeiData = Result { try SourceData.load(directory: sources, prefix: "13") }
    /// Datong built with the shipped seed (built once, shared by the tests).
    static let datong = Result {
        try NetworkSynthesizer.synthesize(datongData.get(), options: SynthesisOptions(region: .datong, seed: seed))
    }
    /// Hebei built with the shipped seed (about 5 s in a debug build; built once).
    static let hebei = Result {
        try NetworkSynthesizer.synthesize(hebeiData.get(), options: SynthesisOptions(region: .hebei, seed: seed))
    }

    /// Node counts by kind.
    static func counts(_ network: Network) -> [NodeKind: Int] {
        network.nodes.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }
}
