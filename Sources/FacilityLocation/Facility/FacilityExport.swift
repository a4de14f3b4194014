// Writes the strong MIP of a facility-location problem as a CPLEX LP file, for GLPK or any other solver.
import GLPK

/// Export of ``FacilityModel``.
public enum FacilityExport {
    /// Writes the disaggregated formulation of `problem` (binary allocations when single-source) to `path`.
    public static func writeLP(_ problem: FacilityProblem, to path: String) throws(GLPKError) {
        try FacilityModel(problem).model.writeLP(to: path)
    }
}
