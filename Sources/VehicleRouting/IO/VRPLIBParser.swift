// The VRPLIB parser's state machine: header fields, then sections read as streams of numbers with line numbers.
import Foundation

/// One pass over a `.vrp` text; every error names the file, the line and the field.
struct VRPLIBParser {
    private struct Token {
        let text: Substring
        let line: Int
    }

    private let file: String
    private var lines: [Substring]
    private var header: [String: (value: String, line: Int)] = [:]
    private var sections: [String: (tokens: [Token], line: Int)] = [:]

    init(text: String, file: String) {
        self.file = file
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    private func error(_ line: Int?, _ message: String) -> RoutingError {
        RoutingError.badInput(line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)")
    }

    private static let knownSections: Set<String> = [
        "NODE_COORD_SECTION", "DEMAND_SECTION", "DEPOT_SECTION", "EDGE_WEIGHT_SECTION", "DISPLAY_DATA_SECTION",
    ]

    /// Splits the text into header fields and section token streams.
    private mutating func scan() throws {
        var current: String?
        for (offset, raw) in lines.enumerated() {
            let lineNumber = offset + 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            if line == "EOF" { break }
            let firstWord =
                line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" }).first.map(String.init)
                ?? ""
            if firstWord.hasSuffix("_SECTION") {
                guard VRPLIBParser.knownSections.contains(firstWord) else {
                    throw error(lineNumber, "section \(firstWord) is not supported (only CVRP files are read)")
                }
                guard sections[firstWord] == nil else {
                    throw error(lineNumber, "section \(firstWord) appears twice")
                }
                current = firstWord
                sections[firstWord] = ([], lineNumber)
                continue
            }
            if let colon = line.firstIndex(of: ":"), current == nil || line.first?.isLetter == true {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).uppercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                header[key] = (value, lineNumber)
                current = nil
                continue
            }
            guard let section = current else {
                throw error(lineNumber, "expected a 'KEY : value' header line or a section name, found '\(line)'")
            }
            for token in raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                sections[section]!.tokens.append(Token(text: token, line: lineNumber))
            }
        }
    }

    private func headerInt(_ key: String, required: Bool) throws -> Int? {
        guard let (value, line) = header[key] else {
            if required { throw error(nil, "missing header field \(key)") }
            return nil
        }
        guard let number = Int(value) else { throw error(line, "\(key) must be a whole number, not '\(value)'") }
        guard Double(number.magnitude) <= InstanceLimits.maxQuantity else {
            throw error(line, "\(key) is \(value), more than \(Int(InstanceLimits.maxQuantity)) (the largest accepted)")
        }
        return number
    }

    private func number(_ token: Token, field: String) throws -> Double {
        guard let value = Double(token.text), value.isFinite else {
            throw error(token.line, "\(field): '\(token.text)' is not a number")
        }
        return value
    }

    /// A coordinate: finite and at most ``InstanceLimits/maxCoordinate`` in absolute value.
    private func coordinate(_ token: Token, field: String) throws -> Double {
        let value = try number(token, field: field)
        guard abs(value) <= InstanceLimits.maxCoordinate else {
            throw error(
                token.line,
                "\(field): '\(token.text)' is out of range (at most \(InstanceLimits.maxCoordinate) "
                    + "in absolute value)")
        }
        return value
    }

    /// A whole number checked against ``InstanceLimits/maxQuantity`` before it is converted to `Int`.
    private func integer(_ token: Token, field: String) throws -> Int {
        let value = try number(token, field: field)
        guard value == value.rounded() else {
            throw error(token.line, "\(field): '\(token.text)' is not a whole number")
        }
        guard abs(value) <= InstanceLimits.maxQuantity else {
            throw error(
                token.line,
                "\(field): '\(token.text)' is out of range (at most "
                    + "\(Int(InstanceLimits.maxQuantity)) in absolute value)")
        }
        return Int(value)
    }

    private func section(_ name: String) throws -> (tokens: [Token], line: Int) {
        guard let found = sections[name] else { throw error(nil, "missing section \(name)") }
        return found
    }

    /// Reads `count` rows of `width` numbers, each starting with a node id in 1...count; returns values by node.
    private func rows(_ name: String, count: Int, width: Int) throws -> [[Token]] {
        let (tokens, line) = try section(name)
        guard tokens.count == count * width else {
            throw error(line, "\(name) has \(tokens.count / max(1, width)) rows but DIMENSION is \(count)")
        }
        var byNode = [[Token]?](repeating: nil, count: count)
        for row in 0..<count {
            let idToken = tokens[row * width]
            let id = try integer(idToken, field: "\(name) node id")
            guard (1...count).contains(id) else {
                throw error(idToken.line, "\(name): node id \(id) is outside 1...\(count) (DIMENSION)")
            }
            guard byNode[id - 1] == nil else { throw error(idToken.line, "\(name): node \(id) appears twice") }
            byNode[id - 1] = Array(tokens[(row * width + 1)..<((row + 1) * width)])
        }
        return byNode.map { $0! }
    }

    mutating func parse() throws -> VRPLIBInstance {
        try scan()
        if let (type, line) = header["TYPE"], type.uppercased() != "CVRP" {
            throw error(line, "TYPE is \(type); only CVRP files are read")
        }
        guard let dimension = try headerInt("DIMENSION", required: true), dimension >= 1 else {
            throw error(header["DIMENSION"]?.line, "DIMENSION must be at least 1")
        }
        // Bounded before anything is sized from it: the dense matrix has DIMENSION² entries.
        guard dimension <= InstanceLimits.maxNodes else {
            throw error(
                header["DIMENSION"]?.line,
                "DIMENSION \(dimension) is more than \(InstanceLimits.maxNodes) "
                    + "nodes, the most a dense distance matrix is built for")
        }
        guard let capacity = try headerInt("CAPACITY", required: true), capacity > 0 else {
            throw error(header["CAPACITY"]?.line, "CAPACITY must be positive")
        }
        let vehicles = try headerInt("VEHICLES", required: false)
        if let vehicles, vehicles < 1 { throw error(header["VEHICLES"]?.line, "VEHICLES must be positive") }
        let weightType = header["EDGE_WEIGHT_TYPE"]?.value.uppercased() ?? "EUC_2D"

        var coordinates = [(x: Double, y: Double)](repeating: (0, 0), count: dimension)
        if sections["NODE_COORD_SECTION"] != nil || weightType == "EUC_2D" {
            for (node, values) in try rows("NODE_COORD_SECTION", count: dimension, width: 3).enumerated() {
                coordinates[node] = (
                    try coordinate(values[0], field: "NODE_COORD_SECTION x of node \(node + 1)"),
                    try coordinate(values[1], field: "NODE_COORD_SECTION y of node \(node + 1)")
                )
            }
        }
        // n² weights only once the file has shown it holds DIMENSION nodes (rows() checks the count first).
        let weights: [Int]
        switch weightType {
        case "EUC_2D":
            weights = (0..<(dimension * dimension)).map { k in
                let a = coordinates[k / dimension], b = coordinates[k % dimension]
                return VRPLIBReader.roundedEuclidean(a.x, a.y, b.x, b.y)
            }
        case "EXPLICIT":
            weights = try explicitWeights(dimension: dimension)
        default:
            throw error(
                header["EDGE_WEIGHT_TYPE"]?.line,
                "EDGE_WEIGHT_TYPE \(weightType) is not supported (EUC_2D or EXPLICIT)")
        }

        var demands = [Int](repeating: 0, count: dimension)
        var demandLines = [Int](repeating: 0, count: dimension)
        for (node, values) in try rows("DEMAND_SECTION", count: dimension, width: 2).enumerated() {
            demands[node] = try integer(values[0], field: "DEMAND_SECTION demand of node \(node + 1)")
            demandLines[node] = values[0].line
            guard demands[node] >= 0 else {
                throw error(values[0].line, "DEMAND_SECTION: demand of node \(node + 1) is negative")
            }
        }
        let depotNodes = try depots(dimension: dimension)
        return try build(
            dimension: dimension, capacity: capacity, vehicles: vehicles, coordinates: coordinates,
            weights: weights, demands: demands, demandLines: demandLines, depotNodes: depotNodes)
    }

    private func depots(dimension: Int) throws -> [Int] {
        let (tokens, line) = try section("DEPOT_SECTION")
        var nodes: [Int] = []
        for token in tokens {
            let id = try integer(token, field: "DEPOT_SECTION node id")
            if id == -1 { break }
            guard (1...dimension).contains(id) else {
                throw error(token.line, "DEPOT_SECTION: node \(id) is outside 1...\(dimension) (DIMENSION)")
            }
            nodes.append(id - 1)
        }
        guard nodes.count == 1 else {
            throw error(
                line,
                nodes.isEmpty
                    ? "DEPOT_SECTION lists no depot"
                    : "DEPOT_SECTION lists \(nodes.count) depots; one is supported")
        }
        return nodes
    }

    /// Reads EDGE_WEIGHT_SECTION as a stream of numbers in the layout EDGE_WEIGHT_FORMAT names.
    private func explicitWeights(dimension n: Int) throws -> [Int] {
        guard let (format, formatLine) = header["EDGE_WEIGHT_FORMAT"] else {
            throw error(nil, "missing header field EDGE_WEIGHT_FORMAT (needed with EDGE_WEIGHT_TYPE EXPLICIT)")
        }
        let (tokens, line) = try section("EDGE_WEIGHT_SECTION")
        // The count each layout needs, checked before any n² buffer is built.
        let needed: Int
        switch format.uppercased() {
        case "FULL_MATRIX": needed = n * n
        case "LOWER_ROW", "UPPER_ROW": needed = n * (n - 1) / 2
        case "LOWER_DIAG_ROW", "UPPER_DIAG_ROW": needed = n * (n + 1) / 2
        default: needed = -1
        }
        if needed >= 0 && tokens.count != needed {
            throw error(
                line,
                "EDGE_WEIGHT_SECTION has \(tokens.count) values but \(format) with DIMENSION \(n) "
                    + "needs \(needed)")
        }
        var cells: [(Int, Int)] = []
        switch format.uppercased() {
        case "FULL_MATRIX": for i in 0..<n { for j in 0..<n { cells.append((i, j)) } }
        case "LOWER_ROW": for i in 0..<n { for j in 0..<i { cells.append((i, j)) } }
        case "UPPER_ROW": for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { cells.append((i, j)) } }
        case "LOWER_DIAG_ROW": for i in 0..<n { for j in 0...i { cells.append((i, j)) } }
        case "UPPER_DIAG_ROW": for i in 0..<n { for j in i..<n { cells.append((i, j)) } }
        default:
            throw error(
                formatLine,
                "EDGE_WEIGHT_FORMAT \(format) is not supported (FULL_MATRIX, LOWER_ROW, "
                    + "UPPER_ROW, LOWER_DIAG_ROW, UPPER_DIAG_ROW)")
        }
        guard tokens.count == cells.count else {
            throw error(
                line,
                "EDGE_WEIGHT_SECTION has \(tokens.count) values but \(format) with DIMENSION \(n) "
                    + "needs \(cells.count)")
        }
        var weights = [Int](repeating: 0, count: n * n)
        for (token, (i, j)) in zip(tokens, cells) {
            let value = try integer(token, field: "EDGE_WEIGHT_SECTION weight (\(i + 1), \(j + 1))")
            guard value >= 0 else {
                throw error(token.line, "EDGE_WEIGHT_SECTION weight (\(i + 1), \(j + 1)) is negative")
            }
            weights[i * n + j] = value
            if format.uppercased() != "FULL_MATRIX" { weights[j * n + i] = value }
        }
        return weights
    }

    private func build(
        dimension: Int, capacity: Int, vehicles: Int?, coordinates: [(x: Double, y: Double)],
        weights: [Int], demands: [Int], demandLines: [Int], depotNodes: [Int]
    ) throws
        -> VRPLIBInstance
    {
        let depotNode = depotNodes[0]
        guard demands[depotNode] == 0 else {
            throw error(
                demandLines[depotNode],
                "DEMAND_SECTION: the depot (node \(depotNode + 1)) has demand "
                    + "\(demands[depotNode]); it must be 0")
        }
        let nodes = [depotNode] + (0..<dimension).filter { $0 != depotNode }
        for node in nodes.dropFirst() where demands[node] > capacity {
            throw RoutingError.infeasible(
                "\(file):\(demandLines[node]): DEMAND_SECTION: customer node \(node + 1) "
                    + "has demand \(demands[node]), more than the vehicle CAPACITY \(capacity)")
        }
        var matrix = Matrix(size: dimension)
        for (a, nodeA) in nodes.enumerated() {
            for (b, nodeB) in nodes.enumerated() { matrix[a, b] = weights[nodeA * dimension + nodeB] }
        }
        let depot = Depot(x: coordinates[depotNode].x, y: coordinates[depotNode].y, name: "\(depotNode + 1)")
        let clients = nodes.dropFirst().map {
            Client(x: coordinates[$0].x, y: coordinates[$0].y, delivery: demands[$0], name: "\($0 + 1)")
        }
        let data = try ProblemData(
            depots: [depot], clients: clients,
            vehicleTypes: [VehicleType(capacity: capacity, count: vehicles)], distances: matrix)
        let fileName = (file as NSString).lastPathComponent
        let fallbackName = (fileName as NSString).deletingPathExtension
        return VRPLIBInstance(
            name: header["NAME"]?.value ?? fallbackName, comment: header["COMMENT"]?.value ?? "",
            vehicles: vehicles, data: data, nodeIDs: nodes.map { $0 + 1 })
    }
}
