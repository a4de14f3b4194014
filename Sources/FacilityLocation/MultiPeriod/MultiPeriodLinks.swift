// The multi-period model's `x <= y` rows as lazy rows: added when a node's LP breaks them, not all at the root.
import GLPK

/// Why lazy: Hebei's largest county has about 58,000 assignments over three years, one `x <= y` row each, and
/// GLPK's simplex did not finish that root LP in 120 s (docs/years-benchmarks.md). Only the rows of villages
/// leaning on a site the LP keeps nearly closed are ever tight, a few per village, so the root LP starts without
/// them and the search's row generation adds the broken ones, round after round, to the LP of the node (and its
/// descendants) where they are broken. The optimum cannot move: every integer plan of the smaller model already
/// keeps these rows (see the model's assignment loop), so the callback never has to reject an integer point and
/// the bound of each node is still that of an LP of valid rows.
extension MultiPeriodModel {
    /// The callback that returns the `x <= y` rows of ``links`` a node's LP point breaks; `nil` without links.
    var linkRows: (@Sendable (LazyConstraintContext) -> [LazyRow])? {
        let links = links
        guard !links.isEmpty else { return nil }
        return { context in
            let v = context.values
            var rows: [LazyRow] = []
            for link in links where v[link.x] - v[link.y] > 1e-6 {
                rows.append(LazyRow(indices: [link.x, link.y], coefficients: [1, -1], bound: .lessOrEqual(0)))
            }
            return rows
        }
    }
}
