// Splits a total into parts proportional to weights, in whole units, so the parts add up to the rounded total.

/// Largest-remainder apportionment (Hamilton's method).
///
/// Rounding each share on its own lets the sum drift; apportioning whole units keeps every county's population
/// equal to its census figure and every total of parcels equal to its calibration target, to one unit.
public enum Apportionment {
    /// Splits `total` into parts proportional to `weights`, each a multiple of `unit`; the parts sum to `total`
    /// rounded to a multiple of `unit`. Ties go to the earlier index. Zero total weight gives equal parts.
    public static func split(_ total: Double, weights: [Double], unit: Double) -> [Double] {
        guard !weights.isEmpty else { return [] }
        let units = Int((total / unit).rounded())
        let sum = weights.reduce(0, +)
        let w = sum > 0 ? weights : Array(repeating: 1, count: weights.count)
        let wsum = sum > 0 ? sum : Double(weights.count)
        var whole = [Int](repeating: 0, count: w.count)
        var remainders: [(Double, Int)] = []
        remainders.reserveCapacity(w.count)
        var assigned = 0
        for i in w.indices {
            let exact = Double(units) * w[i] / wsum
            whole[i] = Int(exact.rounded(.down))
            assigned += whole[i]
            remainders.append((exact - Double(whole[i]), i))
        }
        remainders.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        var k = 0
        while assigned < units, !remainders.isEmpty {
            whole[remainders[k % remainders.count].1] += 1
            assigned += 1
            k += 1
        }
        return whole.map { Double($0) * unit }
    }
}
