// The location benchmark's tables: CSV for scripts, Markdown for the README, with summary lines.
import Foundation
import HubPlanCommands

/// Formats benchmark rows.
struct LocationBenchTable {
    var rows: [LocationBenchRow]
    var peers: Bool
    var timeLimit: Double
    var load: String
    /// Ends the context line: ``BenchInterruption/note(_:)``.
    var note = ""

    /// One line per instance.
    func csv() -> String {
        var text =
            "instance,published,ours,bound,gap,seconds,proven,matches,verified"
            + (peers ? ",highs_objective,highs_bound,highs_seconds,highs_status,ratio" : "") + "\n"
        for r in rows {
            var cells = [
                r.instance.name, LocationOutput.format(r.instance.published), LocationOutput.format(r.objective),
                LocationOutput.format(r.bound), String(format: "%.6f", r.gap), String(format: "%.3f", r.seconds),
                String(r.proven), String(r.matches), String(r.verified),
            ]
            if peers {
                let p = r.peer
                cells += [
                    p?.objective.map(LocationOutput.format) ?? "", p?.bound.map(LocationOutput.format) ?? "",
                    p.map { String(format: "%.3f", $0.seconds) } ?? "", p?.status ?? "failed", ratio(r),
                ]
            }
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }

    /// A Markdown table with a header naming the load and a summary.
    func markdown() -> String {
        var text = "# Location benchmark (OR-Library pmed, cap)\n\n"
        text +=
            "Time limit \(LocationOutput.format(timeLimit)) s per instance; \(load); "
            + "\(ProcessInfo.processInfo.activeProcessorCount) cores.\(note)\n\n"
        text +=
            "| instance | published | ours | bound | gap | seconds | proven |"
            + (peers ? " HiGHS | HiGHS s | ours / HiGHS |" : "") + "\n"
        text += "|---|---:|---:|---:|---:|---:|---|" + (peers ? "---:|---:|---:|" : "") + "\n"
        for r in rows {
            var cells = [
                r.instance.name, LocationOutput.format(r.instance.published),
                LocationOutput.format(r.objective) + (r.matches ? "" : " ≠") + (r.verified ? "" : " (unverified)"),
                LocationOutput.format(r.bound), String(format: "%.4f%%", r.gap * 100),
                String(format: "%.2f", r.seconds), r.proven ? "yes" : "no",
            ]
            if peers {
                let p = r.peer
                let status = p.map { $0.status == "Optimal" ? "" : " (\($0.status))" } ?? ""
                cells += [
                    (p?.objective.map(LocationOutput.format) ?? "-") + status,
                    p.map { String(format: "%.2f", $0.seconds) } ?? "-", ratio(r),
                ]
            }
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        let proven = rows.filter { $0.proven && $0.matches }.count
        let slowest = rows.max { $0.seconds < $1.seconds }
        text += "\n\(proven) of \(rows.count) proven at the published optimum"
        if let slowest { text += String(format: "; slowest %@ in %.2f s", slowest.instance.name, slowest.seconds) }
        text += String(format: "; total %.1f s.\n", rows.reduce(0) { $0 + $1.seconds })
        if peers {
            let both = rows.filter { $0.peer?.status == "Optimal" && $0.peer!.seconds > 0 }
            let ours = both.reduce(0) { $0 + $1.seconds }, theirs = both.reduce(0) { $0 + $1.peer!.seconds }
            if theirs > 0 {
                text += String(
                    format: "HiGHS proved %d of %d; on those, our total time / HiGHS's = %.3f (%.1f s / %.1f s).\n",
                    both.count, rows.count, ours / theirs, ours, theirs)
            }
        }
        return text
    }

    private func ratio(_ r: LocationBenchRow) -> String {
        guard let p = r.peer, p.seconds > 0 else { return "-" }
        return String(format: "%.3f", r.seconds / p.seconds) + (p.status == "Optimal" ? "" : " (HiGHS unfinished)")
    }
}
