// report.html's "Build-out year by year": each regional hub's size tier in each year.
import DeliveryPlanning

extension ScheduleTable {
    /// `table#schedule-hubs`: per regional hub, its tier in each year (`+` where it opened or grew, `2×L` for
    /// modules of the largest tier, empty before it opens), then its load and capacity in the last year; empty
    /// text when the schedule does not size hubs.
    static func hubTable(_ schedule: NetworkPlan.Schedule, _ s: Strings) -> String {
        var ids: [String] = []
        for p in schedule.periods { for hub in p.hubs ?? [] where !ids.contains(hub.id) { ids.append(hub.id) } }
        guard !ids.isEmpty else { return "" }
        let rows = ids.map { id -> [String] in
            var name = id
            var last: NetworkPlan.Schedule.Hub? = nil
            let cells = schedule.periods.map { p -> String in
                guard let hub = p.hubs?.first(where: { $0.id == id }) else { return "" }
                name = hub.name
                last = hub
                let size = (hub.modules > 1 ? "\(hub.modules)×" : "") + hub.tier
                return hub.action == .keep ? size : "+" + size
            }
            return [name] + cells + [s.number(last?.load ?? 0), s.number(last?.capacity ?? 0)]
        }
        let lastYear = schedule.periods.last.map { " \($0.year)" } ?? ""
        return table(
            [s(.schedHub)] + schedule.periods.map { String($0.year) }
                + [s(.schedLoad) + lastYear, s(.schedCapacity) + lastYear],
            rows, id: "schedule-hubs", numbersFrom: 1 + schedule.periods.count)
    }
}
