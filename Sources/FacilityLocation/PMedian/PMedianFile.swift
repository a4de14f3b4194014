// Reads OR-Library p-median files (pmed1...pmed40): an edge list expanded by all-pairs shortest paths.

/// The OR-Library "p-median - uncapacitated" format (Beasley 1985).
///
/// The file lists `n m p`, then `m` undirected edges `i j length` (vertices 1...n). Distances are shortest-path
/// lengths. Where a vertex pair is listed twice, the **last** line counts (OR-Library's rule: c(i,j) is simply
/// overwritten while reading); the published optima hold only under this rule.
public enum PMedianFile {
    /// Reads the file at `path` into a problem whose clients and sites are its vertices.
    public static func read(path: String) throws(LocationError) -> PMedianProblem {
        var stream = try NumberStream(path: path)
        return try read(&stream)
    }

    /// Reads an instance from text held in memory; `name` stands for the file in error messages.
    public static func parse(_ text: String, name: String = "<text>") throws(LocationError) -> PMedianProblem {
        var stream = NumberStream(bytes: Array(text.utf8), file: name)
        return try read(&stream)
    }

    private static func read(_ s: inout NumberStream) throws(LocationError) -> PMedianProblem {
        let n = try s.integer("the number of vertices", in: 1...100_000)
        let m = try s.integer("the number of edges", in: 0...50_000_000)
        let p = try s.integer("p", in: 1...n)
        var d = [Double](repeating: .infinity, count: n * n)
        for v in 0..<n { d[v * n + v] = 0 }
        for e in 0..<m {
            let a = try s.integer("edge \(e + 1) first vertex", in: 1...n) - 1
            let b = try s.integer("edge \(e + 1) second vertex", in: 1...n) - 1
            let length = try s.number("edge \(e + 1) length")
            guard length >= 0 else {
                throw .badInput(
                    "\(s.file) line \(s.tokenLine): edge \(e + 1) length is \(length); lengths must be non-negative")
            }
            if a != b {
                d[a * n + b] = length
                d[b * n + a] = length
            }
        }
        if !s.atEnd() {
            throw .badInput("\(s.file): text after the \(m) edges announced on line 1")
        }
        floydWarshall(&d, n: n)
        if let k = d.firstIndex(of: .infinity) {
            throw .badInput(
                "\(s.file): the graph is not connected (no path from vertex \(k / n + 1) to vertex \(k % n + 1))")
        }
        return try PMedianProblem(distances: CostMatrix(clients: n, sites: n, values: d), p: p)
    }

    /// All-pairs shortest paths in place on a dense `n x n` matrix (infinity = no edge).
    ///
    /// Floyd-Warshall rather than n Dijkstras because it is the rule OR-Library states and its inner loop is a
    /// branch-free vectorised `min` over a row.
    static func floydWarshall(_ d: inout [Double], n: Int) {
        d.withUnsafeMutableBufferPointer { buf in
            let base = buf.baseAddress!
            for k in 0..<n {
                let rowK = base + k * n
                for i in 0..<n {
                    let dik = base[i * n + k]
                    if dik == .infinity { continue }
                    let rowI = base + i * n
                    for j in 0..<n { rowI[j] = min(rowI[j], dik + rowK[j]) }
                }
            }
        }
    }
}
