// The language of reports, workbooks and county pages, and how a network picks its default.
import RoadNetwork

/// The languages HubPlan's outputs are written in; each has its own string table (``StringsZH``, ``StringsEN``).
public enum ReportLanguage: String, CaseIterable, Sendable, Codable {
    /// Simplified Chinese: costs in 万元, place names in Chinese.
    case zh
    /// English.
    case en

    /// `zh` for a Chinese network (its county or node names are written in Chinese characters), else `en`.
    public static func `default`(for network: Network) -> ReportLanguage {
        let names = network.counties.map(\.name) + network.nodes.prefix(20).map(\.name)
        return names.contains(where: containsHan) ? .zh : .en
    }

    /// Whether `text` holds a CJK unified ideograph.
    static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// The `lang` attribute of the HTML pages.
    public var htmlCode: String { self == .zh ? "zh-CN" : "en" }
}
