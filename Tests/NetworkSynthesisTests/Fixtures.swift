// Paths of the vendored source tables and shipped networks, found from this file so tests need no /work/shared.
import Foundation
@testable import NetworkSynthesis

enum Fixtures {
    /// The repository's root directory.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `Networks/sources`.
    static let sources = root.appendingPathComponent("Networks/sources").path
    /// `Networks/<name>`.
    static func network(_ name: String) -> String { root.appendingPathComponent("Networks/\(name)").path }

    /// The shipped seed (Networks/README.md).
    static let seed: UInt64 = 2027
}
