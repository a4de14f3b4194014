// Reads OR-Library capacitated warehouse location files (cap41...cap134, capa/capb/capc).

/// The OR-Library "capacitated warehouse location" format (Beasley 1988).
///
/// `m n`, then per warehouse `capacity fixed-cost`, then per customer `demand` followed by the `m` costs of
/// allocating **all** of its demand to each warehouse (wrapped over lines arbitrarily). capa, capb and capc have
/// the word `capacity` instead of each capacity: the caller supplies one value for all warehouses.
public enum CapacitatedFile {
    /// Reads the file at `path`; `capacity` replaces every capacity (required when the file has the word
    /// `capacity`, optional otherwise). Warehouses become sites, customers become clients. With
    /// `uncapacitated` the capacities are read past and dropped (UFL), so the word needs no value.
    public static func read(
        path: String, capacity: Double? = nil, uncapacitated: Bool = false
    )
        throws(LocationError) -> FacilityProblem
    {
        var stream = try NumberStream(path: path)
        let problem = try read(&stream, capacity: capacity ?? (uncapacitated ? 1 : nil))
        return uncapacitated ? problem.uncapacitated : problem
    }

    /// Reads an instance from text held in memory; `name` stands for the file in error messages.
    public static func parse(
        _ text: String, name: String = "<text>", capacity: Double? = nil, uncapacitated: Bool = false
    )
        throws(LocationError) -> FacilityProblem
    {
        var stream = NumberStream(bytes: Array(text.utf8), file: name)
        let problem = try read(&stream, capacity: capacity ?? (uncapacitated ? 1 : nil))
        return uncapacitated ? problem.uncapacitated : problem
    }

    private static func read(_ s: inout NumberStream, capacity: Double?) throws(LocationError) -> FacilityProblem {
        if let capacity, !(capacity.isFinite && capacity > 0) {
            throw .badInput("\(s.file): --capacity must be a positive number, not \(capacity)")
        }
        let m = try s.integer("the number of warehouses", in: 1...100_000)
        let n = try s.integer("the number of customers", in: 1...10_000_000)
        guard m.multipliedReportingOverflow(by: n).partialValue <= 200_000_000 else {
            throw .badInput("\(s.file): \(m) warehouses x \(n) customers is too large")
        }
        var capacities = [Double](repeating: 0, count: m)
        var fixed = [Double](repeating: 0, count: m)
        for i in 0..<m {
            guard let token = s.nextToken() else {
                throw .badInput("\(s.file): the file ends inside the line of warehouse \(i + 1)")
            }
            if token.lowercased() == "capacity" {
                guard let capacity else {
                    throw .badInput(
                        "\(s.file) line \(s.tokenLine): warehouse \(i + 1) has the word \"capacity\" in place of a number; supply one with --capacity (e.g. 8000)"
                    )
                }
                capacities[i] = capacity
            } else if let value = Double(token), value.isFinite, value >= 0 {
                capacities[i] = capacity ?? value
            } else {
                throw .badInput(
                    "\(s.file) line \(s.tokenLine): warehouse \(i + 1) capacity is \"\(token)\", not a non-negative number"
                )
            }
            fixed[i] = try s.number("warehouse \(i + 1) fixed cost")
            guard fixed[i] >= 0 else {
                throw .badInput("\(s.file) line \(s.tokenLine): warehouse \(i + 1) fixed cost is negative")
            }
        }
        var demands = [Double](repeating: 0, count: n)
        var costs = [Double](repeating: 0, count: n * m)
        for j in 0..<n {
            demands[j] = try s.number("customer \(j + 1) demand")
            guard demands[j] >= 0 else {
                throw .badInput("\(s.file) line \(s.tokenLine): customer \(j + 1) demand is negative")
            }
            for i in 0..<m {
                let c = try s.number("customer \(j + 1) cost to warehouse \(i + 1)")
                guard c >= 0 else {
                    throw .badInput(
                        "\(s.file) line \(s.tokenLine): customer \(j + 1) cost to warehouse \(i + 1) is negative")
                }
                costs[j * m + i] = c
            }
        }
        if !s.atEnd() { throw .badInput("\(s.file): text after the \(n) customers announced on line 1") }
        return try FacilityProblem(
            allocationCosts: CostMatrix(clients: n, sites: m, values: costs), demands: demands, fixedCosts: fixed,
            capacities: capacities)
    }
}
