// Looks texts up in the chosen language's table and writes numbers, money and percentages as its readers expect.
import DeliveryPlanning
import Foundation

/// The texts and number formats of one ``ReportLanguage``.
public struct Strings: Sendable {
    /// The language of every text this returns.
    public let language: ReportLanguage

    /// The table of `language`.
    public init(_ language: ReportLanguage) { self.language = language }

    /// The text of `key` with `{0}`, `{1}`, ... replaced by `args`.
    public func callAsFunction(_ key: StringKey, _ args: String...) -> String {
        var text = language == .zh ? StringsZH.text(key) : StringsEN.text(key)
        for (i, a) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: a) }
        return text
    }

    /// `12,345.6`: thousands grouped, `digits` decimals; `—` for a missing value.
    public func number(_ x: Double, _ digits: Int = 0) -> String {
        guard x.isFinite else { return "—" }
        let text = String(format: "%.\(digits)f", abs(x))
        let parts = text.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0]), grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let sign = x < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + whole + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Yuan in the unit of ``StringKey/moneyUnit``: 万元 with two decimals in Chinese, whole yuan in English.
    public func money(_ yuan: Double) -> String {
        language == .zh ? number(moneyValue(yuan), 2) : number(yuan)
    }

    /// Yuan converted to the unit of ``StringKey/moneyUnit`` (for the workbook's numeric cells).
    public func moneyValue(_ yuan: Double) -> Double { language == .zh ? yuan / 10_000 : yuan }

    /// `12.3%`.
    public func percent(_ x: Double) -> String { x.isFinite ? String(format: "%.1f%%", x * 100) : "—" }

    /// How a pipeline stage ended, in words.
    public func status(_ status: StageStatus) -> String {
        switch status {
        case .optimal: self(.statusOptimal)
        case .feasible: self(.statusFeasible)
        case .timeLimit: self(.statusTimeLimit)
        case .skipped: self(.statusSkipped)
        case .infeasible: self(.statusInfeasible)
        case .noSolution: self(.statusNoSolution)
        case .withViolations: self(.statusWithViolations)
        }
    }

    /// A pipeline stage's name in words.
    public func stage(_ name: StageName) -> String {
        switch name {
        case .centers: self(.stageCenters)
        case .hubs: self(.stageHubs)
        case .routes: self(.stageRoutes)
        }
    }

    /// A warning of the plan in this language when its shape is known (the pipeline writes them in English);
    /// others are returned as written.
    public func warning(_ text: String) -> String {
        guard language != .en else { return text }
        if text.hasPrefix("stop "), let colon = text.range(of: " not routed: ") {
            let head = text[text.index(text.startIndex, offsetBy: 5)..<colon.lowerBound].split(
                separator: " ", maxSplits: 1)
            if head.count == 2 {
                return self(.warnNotRouted, String(head[0]), String(head[1]), String(text[colon.upperBound...]))
            }
        }
        let suffix = ": the router reports constraints broken (see hubplan verify)"
        if text.hasPrefix("routes in "), text.hasSuffix(suffix) {
            return self(.warnRouterViolations, String(text.dropFirst("routes in ".count).dropLast(suffix.count)))
        }
        if let m = text.wholeMatch(of: /hubs\.count (\S+) clipped to (\S+): the network has (\d+) hub candidates/) {
            return self(.warnHubsClipped, String(m.1), String(m.2), String(m.3))
        }
        return text
    }
}
