// Tests of the map's year layers: one per year with that year's sites, and the script that draws them.
import DeliveryPlanning
import Foundation
import RoadNetwork
import Testing

@testable import Reports

struct MapYearsTests {
    static func network() throws -> Network {
        try NetworkFile.read(ReportFixture.root.appendingPathComponent("Networks/samples/yanggao").path)
    }

    @Test func oneLayerPerYearWithThatYearsSites() throws {
        let plan = try ScheduleTableTests.shared.get()
        let network = try Self.network()
        let script = MapYears.script(plan, network: network, options: ReportOptions(language: .en))
        #expect(script.hasPrefix("<script>window.HUBPLAN_YEARS = {"))
        let json = String(script.dropFirst("<script>window.HUBPLAN_YEARS = ".count).dropLast(";</script>\n".count))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        let periods = plan.schedule!.periods
        #expect(years.map { $0["y"] as? Int } == periods.map(\.year))
        for (year, period) in zip(years, periods) {
            let sites = try #require(year["s"] as? [[String: Any]])
            #expect(sites.count == period.sites.count)
            #expect(sites.map { $0["a"] as? Int } == period.sites.map { MapYears.code($0.action) })
        }
        #expect((object["t"] as? [String: String])?["year"] == "Sites {0}")
        // The report carries the data, and the script turns each year into a layer drawn among the overlays.
        let html = HTMLReport.render(plan, network: network)
        #expect(html.contains("window.HUBPLAN_YEARS = {"))
        #expect(
            InteractiveMap.script.contains("window.HUBPLAN_YEARS") && InteractiveMap.script.contains("overlays.push"))
        // A one-year plan has no year layers.
        let (_, single) = try ReportFixture.shared.get()
        #expect(MapYears.script(single, network: network, options: ReportOptions(language: .en)) == "")
    }

    /// Runs map.js under Node against stub DOM and canvas objects (every property a callable stub): per year
    /// layer switched on alone, how many year marks the frame drew, and the layer checkboxes the script added.
    static let harness = #"""
        // Runs map.js against stub DOM/canvas objects: every property is a callable stub, so the script runs headless.
        const fs = require("fs");
        function stub() {
          const f = function () { return p; };
          const store = {};
          const p = new Proxy(f, {
            get(t, k) {
              if (k in store) return store[k];
              if (k === Symbol.toPrimitive) return () => 0;
              if (k === "length") return 0;
              return p;
            },
            set(t, k, v) { store[k] = v; return true; },
            apply() { return p; },
          });
          return p;
        }
        const [mapData, yearsData, script] = process.argv.slice(2).map((f) => fs.readFileSync(f, "utf8"));
        const created = [];
        global.window = { devicePixelRatio: 1, addEventListener() {} };
        global.document = {
          getElementById() { return stub(); },
          createElement() { const e = stub(); e.dataset = {}; e.style = {}; created.push(e); return e; },
          createTextNode() { return stub(); },
        };
        window.HUBPLAN_MAP = JSON.parse(mapData);
        window.HUBPLAN_YEARS = JSON.parse(yearsData);
        new Function(script)();
        const m = window.hubplanMap;
        const out = {};
        for (const y of window.HUBPLAN_YEARS.years) {
          for (const k of Object.keys(m.layers)) if (k.startsWith("year")) m.layers[k] = false;
          m.layers["year" + y.y] = true;
          m.draw();
          out[y.y] = m.drawn().years;
        }
        out.boxes = created.filter((e) => e.type === "checkbox").map((e) => e.dataset.layer);
        console.log(JSON.stringify(out));
        """#

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/node")))
    func theScriptDrawsEachYearsSitesOnItsOwnLayer() throws {
        let plan = try ScheduleTableTests.shared.get()
        let network = try Self.network()
        let options = ReportOptions(language: .en)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mapyears-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let years = MapYears.script(plan, network: network, options: options)
        let files = [
            ("run.js", Self.harness), ("map.json", MapData.json(plan, network: network, options: options)),
            (
                "years.json",
                String(years.dropFirst("<script>window.HUBPLAN_YEARS = ".count).dropLast(";</script>\n".count))
            ),
            ("map.js", InteractiveMap.script),
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let node = Process()
        node.executableURL = URL(fileURLWithPath: "/usr/bin/node")
        node.arguments = ["run.js", "map.json", "years.json", "map.js"].map { folder.appendingPathComponent($0).path }
        let pipe = Pipe()
        node.standardOutput = pipe
        try node.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        node.waitUntilExit()
        #expect(node.terminationStatus == 0)
        let drawn = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        for p in plan.schedule!.periods { #expect(drawn[String(p.year)] as? Int == p.sites.count) }
        #expect(drawn["boxes"] as? [String] == plan.schedule!.periods.map { "year\($0.year)" })
    }

    @Test func theScheduleTableSpeaksChinese() throws {
        let plan = try ScheduleTableTests.shared.get()
        let zh = ScheduleTable.html(plan, Strings(.zh))
        #expect(zh.contains("<h2>逐年建设计划</h2>") && zh.contains("年份") && zh.contains("合计") && zh.contains("万元"))
        #expect(!zh.contains("Build-out"))
        let en = ScheduleTable.html(plan, Strings(.en))
        #expect(en.contains("<h2>Build-out year by year</h2>") && en.contains("Money in yuan"))
        // Every schedule text has both languages, distinct where the words differ.
        for key in StringKey.allCases where key.rawValue.hasPrefix("sched") || key.rawValue.hasPrefix("mapYear") {
            #expect(!Strings(.zh)(key).isEmpty && !Strings(.en)(key).isEmpty)
        }
    }

    @Test func routedYearsAddARoutingColumn() throws {
        var plan = try ScheduleTableTests.shared.get()
        #expect(!ScheduleTable.html(plan).contains("Routes (routed)"))
        for t in plan.schedule!.periods.indices { plan.schedule!.periods[t].costs.routing = 1000 * Double(t + 1) }
        let html = ScheduleTable.html(plan)
        #expect(html.contains("Routes (routed)"))
        #expect(html.contains(">1,000<") && html.contains(">3,000<"))
    }
}
