// Reads VRPLIB/TSPLIB `.vrp` files (CVRPLIB's A, B, E, P, X sets) into ProblemData.
//
// Hand-written on purpose: no Swift package reads VRPLIB, and the format is a short header of `KEY : value`
// lines followed by sections of whitespace-separated numbers, which a tokenizer that remembers line numbers
// reads while naming the exact line and field of any error.
import Foundation

/// A VRPLIB instance: the problem data plus what the file says about itself.
public struct VRPLIBInstance: Sendable {
    /// The NAME field (or the file name without extension).
    public var name: String
    /// The COMMENT field, if any.
    public var comment: String
    /// The VEHICLES field, if any (a fleet limit).
    public var vehicles: Int?
    /// The problem (one depot, one vehicle type with the file's capacity and VEHICLES count).
    public var data: ProblemData
    /// The file's node id (1-based) of each location of ``data``.
    public var nodeIDs: [Int]

    /// The CVRPLIB customer number of a location: its node id minus one (depot node 1 is 0).
    public func customerNumber(ofLocation location: Int) -> Int { nodeIDs[location] - 1 }
}

/// Reads `.vrp` files: EUC_2D (TSPLIB nint rounding) and EXPLICIT weights in FULL_MATRIX, LOWER_ROW, UPPER_ROW,
/// LOWER_DIAG_ROW and UPPER_DIAG_ROW, with NODE_COORD_SECTION, DEMAND_SECTION and DEPOT_SECTION.
public enum VRPLIBReader {
    /// Reads and validates the file at `path`.
    ///
    /// - Throws: ``RoutingError`` naming the file, line and field: bad input for malformed files, infeasible
    ///   for a customer heavier than the vehicle capacity.
    public static func read(path: String) throws -> VRPLIBInstance {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw RoutingError.badInput("\(path): cannot read the file (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    /// Parses VRPLIB text; `file` names the source in error messages.
    public static func parse(_ text: String, file: String = "<input>") throws -> VRPLIBInstance {
        var parser = VRPLIBParser(text: text, file: file)
        return try parser.parse()
    }

    /// TSPLIB's nint Euclidean distance: floor(sqrt(dx² + dy²) + 0.5).
    public static func roundedEuclidean(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Int {
        let dx = x1 - x2, dy = y1 - y2
        return Int((dx * dx + dy * dy).squareRoot() + 0.5)
    }
}
