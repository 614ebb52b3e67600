import Foundation
import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

/// What Grafana 11.3 saves for a new panel of each kind, untouched, as "Export for sharing externally"
/// writes it (datasource, gridPos, id, title and queries left out; an empty fieldConfig dropped).
/// Read from Grafana 11.3's panel plugins and checked against real 11.3 exports; see the fixture.
let grafanaNewPanels: JSONObject = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/grafana-11.3-new-panels.json")
    return (try? JSONParser.parse(Data(contentsOf: url)).objectValue) ?? JSONObject()
}()

@Suite("Each panel kind's defaults are what Grafana 11.3 saves for a new panel")
struct PanelDefaultsTests {
    static let kinds: [(String, DashboardItem)] = [
        ("stat", .panel(Stat("Panel Title").spec)),
        ("timeseries", .panel(Timeseries("Panel Title").spec)),
        ("table", .panel(Table("Panel Title").spec)),
        ("gauge", .panel(Gauge("Panel Title").spec)),
        ("bargauge", .panel(BarGauge("Panel Title").spec)),
        ("piechart", .panel(PieChart("Panel Title").spec)),
        ("heatmap", .panel(Heatmap("Panel Title").spec)),
        ("text", .panel(Text("Panel Title").spec)),
        ("logs", .panel(Logs("Panel Title").spec)),
        ("barchart", .panel(BarChart("Panel Title").spec)),
        ("state-timeline", .panel(StateTimeline("Panel Title").spec)),
        ("status-history", .panel(StatusHistory("Panel Title").spec)),
        ("histogram", .panel(Histogram("Panel Title").spec)),
        ("row", .row(Row("Row title") {})),
    ]

    @Test("a panel written with no modifier renders as Grafana saves a new one", arguments: kinds)
    func defaults(_ kind: String, _ item: DashboardItem) throws {
        let dashboard = Dashboard("New", uid: "new") { [item] }
        var panel = try #require(try dashboard.render().panels?.first?.jsonValue.objectValue)
        for key in ["datasource", "gridPos", "id", "title", "targets"] { panel.removeValue(forKey: key) }
        let expected = try #require(grafanaNewPanels[kind]?.objectValue, "no fixture for \(kind)")
        #expect(JSON.object(panel) == .object(expected), "\(kind):\n\(JSON.object(panel).formatted())")
    }

    @Test("a new dashboard has Grafana 11.3's settings")
    func dashboardDefaults() throws {
        let model = try Dashboard("New dashboard", uid: "new") {}.render()
        #expect(model.jsonValue == [
            "annotations": ["list": [[
                "builtIn": 1, "datasource": ["type": "grafana", "uid": "-- Grafana --"], "enable": true, "hide": true,
                "iconColor": "rgba(0, 211, 255, 1)", "name": "Annotations & Alerts", "type": "dashboard",
            ]]],
            "editable": true, "fiscalYearStartMonth": 0, "graphTooltip": 0, "id": nil, "links": [], "panels": [],
            "schemaVersion": 40, "tags": [], "templating": ["list": []], "time": ["from": "now-6h", "to": "now"],
            "timepicker": [:], "timezone": "browser", "title": "New dashboard", "uid": "new", "version": 1, "weekStart": "",
        ])
    }
}
