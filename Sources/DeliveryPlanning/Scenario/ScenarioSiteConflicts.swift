// Rejects a scenario that both closes and forces open one site: a contradiction in the input, not infeasibility.
import Yams

extension ScenarioFields {
    /// Throws bad input naming `PATH.forced` and the site when a site is in both `closed` and `forced`.
    ///
    /// Without this check the site reached the model as "existing and closed" and the run exited 1 as if the
    /// network could not be planned, calling the site "existing".
    func rejectClosedAndForced(closed: [String], forced: [String]) throws(PlanError) {
        if let both = forced.first(where: closed.contains) {
            throw fail(
                "forced", mapping[Node("forced")],
                "\"\(both)\" is also in \(keyPath("closed")); a site cannot be "
                    + "both closed and forced open")
        }
    }
}
