// Test helper: the optimum of a tiny routing instance by enumeration, judged only by the independent verifier.
@testable import VehicleRouting

enum BruteForce {
    /// The cheapest feasible solution's cost, or `nil` when none exists: every order of the clients, every way
    /// to cut it into routes, every vehicle type for every route, each checked by ``RouteVerifier``.
    static func optimum(_ data: ProblemData) -> Int? {
        var best: Int?
        var order = Array(data.numDepots..<data.numLocations)
        let n = order.count
        let types = data.vehicleTypes.count
        func visit() {
            for mask in 0..<(1 << max(0, n - 1)) {
                var routes: [[Int]] = [[]]
                for (k, location) in order.enumerated() {
                    if k > 0 && mask & (1 << (k - 1)) != 0 { routes.append([]) }
                    routes[routes.count - 1].append(location)
                }
                var assignment = [Int](repeating: 0, count: routes.count)
                while true {
                    let solution = Solution(
                        routes: zip(routes, assignment).map { Route(vehicleType: $0.1, visits: $0.0) })
                    let report = RouteVerifier.verify(solution, data: data)
                    if report.isFeasible, best == nil || report.cost < best! { best = report.cost }
                    var k = 0
                    while k < assignment.count && assignment[k] == types - 1 {
                        assignment[k] = 0
                        k += 1
                    }
                    if k == assignment.count { break }
                    assignment[k] += 1
                }
            }
        }
        // Heap's algorithm over all orders.
        var c = [Int](repeating: 0, count: n)
        visit()
        var i = 0
        while i < n {
            if c[i] < i {
                if i % 2 == 0 { order.swapAt(0, i) } else { order.swapAt(c[i], i) }
                visit()
                c[i] += 1
                i = 0
            } else {
                c[i] = 0
                i += 1
            }
        }
        return best
    }
}
