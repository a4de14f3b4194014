// Tests of the string tables: every key has a text in each language, with the same placeholders.
import DeliveryPlanning
import Testing

@testable import Reports

struct StringsTests {
    static func placeholders(_ text: String) -> [String] {
        (0..<4).map { "{\($0)}" }.filter { text.contains($0) }
    }

    @Test func everyKeyIsTranslatedWithTheSamePlaceholders() {
        for key in StringKey.allCases {
            let zh = StringsZH.text(key), en = StringsEN.text(key)
            #expect(!zh.isEmpty && !en.isEmpty, "\(key)")
            #expect(Self.placeholders(zh) == Self.placeholders(en), "\(key): \(zh) / \(en)")
        }
        // The headings a planner reads first are really in Chinese.
        for key in [StringKey.keyFigures, .countiesHeading, .mapLegend, .sheetRoutes] {
            #expect(ReportLanguage.containsHan(StringsZH.text(key)) && !ReportLanguage.containsHan(StringsEN.text(key)))
        }
    }

    @Test func moneyIsInTenThousandsInChinese() {
        #expect(Strings(.zh).money(1_234_500) == "123.45")
        #expect(Strings(.en).money(1_234_500) == "1,234,500")
        #expect(Strings(.zh)(.costSubsidy, "30.0%", "50.00 万元") == "ETC 通行费补贴（通行费的 30.0%，每家企业每年最多 50.00 万元）")
    }

    @Test func knownWarningsAreTranslated() {
        let zh = Strings(.zh)
        #expect(zh.warning("stop v-1 某村 not routed: too far") == "站点 v-1 某村 未安排配送：too far")
        #expect(
            zh.warning("routes in 阳高县: the router reports constraints broken (see hubplan verify)").hasPrefix("阳高县的线路"))
        #expect(zh.warning("something new") == "something new")
        #expect(
            zh.warning("hubs.count 3..5 clipped to 1..1: the network has 1 hub candidates")
                == "分拨中心数量 3..5 调整为 1..1：网络中只有 1 个候选分拨中心")
        #expect(Strings(.en).warning("stop v-1 x not routed: y") == "stop v-1 x not routed: y")
        #expect(zh.status(.timeLimit) == "达到时间限制" && zh.stage(.hubs) == "区域分拨中心选址")
        // Every status and stage has its own words in both languages.
        for strings in [zh, Strings(.en)] {
            #expect(Set(StageStatus.allCases.map(strings.status)).count == StageStatus.allCases.count)
            #expect(Set(StageName.allCases.map(strings.stage)).count == StageName.allCases.count)
        }
    }
}
