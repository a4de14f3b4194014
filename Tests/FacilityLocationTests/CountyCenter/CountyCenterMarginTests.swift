// Tests that single-year county centers keep GLPK's integrality margin of each capacity free.
import Testing

@testable import FacilityLocation

struct CountyCenterMarginTests {
    /// Two villages that exactly fill the cheap site: the model sends one to the dear site, because a site filled
    /// to the brim could read as over its capacity once GLPK rounds its binaries (``LocationGLPK/capacityMargin``).
    @Test func aSiteIsNeverFilledToTheBrim() throws {
        let km = try CostMatrix(clients: 2, sites: 2) { j, i in i == 0 ? 1 : 5 + Double(j) }
        var p = try CountyCenterProblem(
            demands: [50, 50], clientCounty: [0, 0], siteCounty: [0, 0], fixedCosts: [10, 20],
            capacities: [100, 1_000],
            km: km, counties: 1, costPerParcelKm: 1)
        p.daysPerYear = 1
        p.centersPerCounty = .atLeast(1)
        let result = try CountyCenterSolver().solve(p)
        let solution = try #require(result.solution)
        #expect(result.isOptimal)
        #expect(solution.open == [0, 1])
        let load = (0..<2).filter { solution.assignment[$0] == 0 }.count * 50
        #expect(Double(load) <= 100 * (1 - LocationGLPK.capacityMargin))
    }
}
