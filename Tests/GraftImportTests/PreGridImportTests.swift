import Foundation
import GraftJSON
import Testing
@testable import GraftImport

@Suite("Old shapes import as Grafana loads and saves them: pre-grid rows, panels without ids or whole gridPos")
struct PreGridImportTests {
    func imported(_ bytes: [UInt8], file: String = "old.json") throws -> ImportedDashboard {
        var importer = DashboardImporter()
        return try importer.importDashboard(bytes, file: file)
    }

    func imported(_ text: String) throws -> ImportedDashboard { try imported(Array(text.utf8)) }

    /// Checks that `dashboard` renders the JSON of `expected`, naming the first difference.
    func expectRenders(_ dashboard: ImportedDashboard, _ expected: JSON) throws {
        let rendered = try JSONParser.parse(dashboard.renderedJSON)
        if let difference = JSONDifference.first(rendered, expected, at: .root) {
            Issue.record("renders \(difference.description) at \(difference.path)")
        }
    }

    @Test("a Grafana 4 export with rows renders what Grafana's upgrade to the grid gives: spans × 2, heights in grid rows, row panels, ids, the repeat's iterations dropped")
    func grafana4Rows() throws {
        let dashboard = try imported(Locations.adoptionBytes("gateway-rows.grafana4.export.json"), file: "gateway-rows.grafana4.export.json")
        try expectRenders(dashboard, JSONParser.parse(Locations.adoptionBytes("gateway-rows.grafana4.expected.json")))
        #expect(dashboard.notes.first == #"the dashboard has the pre-grid layout (schemaVersion 14, "rows" of "span"s); Graft writes it as Grafana upgrades it on load: panels on the 24-column grid (span × 2, heights in grid rows), each row a row panel, 2 panels without an id given the next free one, at schemaVersion 16; panel types stay as they are"#)
        #expect(dashboard.source.contains(#"private var detailsRow: Row {\#n    Row("Details", collapsed: true) {"#))
        #expect(dashboard.source.contains(#"GenericPanel("grafana-piechart-panel", pluginName: "Pie Chart", title: "Requests by cluster")"#))
    }

    @Test("a Grafana 6 dashboard: null and missing gridPos members take Grafana's defaults, panels without ids the next ids above the largest")
    func grafana6Grid() throws {
        let dashboard = try imported(Locations.adoptionBytes("gateway-grid.grafana6.dashboard.json"), file: "gateway-grid.grafana6.dashboard.json")
        try expectRenders(dashboard, JSONParser.parse(Locations.adoptionBytes("gateway-grid.grafana6.expected.json")))
        #expect(dashboard.notes == [
            #"2 panels without a whole "gridPos" ($.panels[0], $.panels[4]) placed as Grafana places them on load: missing or null members from its defaults x 0, y 0, w 6, h 3"#,
            #"panel "Requests", panel "Busiest clusters" had no id of its own (none, 0, or an earlier panel's); Graft gives 6, 7, as Grafana does on load (the next above the largest)"#,
        ])
    }

    @Test("rows that neither fold, repeat nor show a title give no row panels: their panels stack, wrapping when the 12 columns are full")
    func hiddenRows() throws {
        let input = #"""
        {"rows": [
          {"height": "150px", "panels": [{"id": 1, "span": 8, "title": "A", "type": "graph"}, {"id": 2, "span": 6, "title": "B", "type": "graph"},
                                         {"id": 3, "span": 6, "title": "C", "type": "table-old"}], "title": "hidden"},
          {"panels": [{"id": 4, "title": "D", "type": "text", "height": 60}]}
        ], "schemaVersion": 15, "title": "Stacked", "uid": "stacked"}
        """#
        // 150 px → 4 grid rows; B does not fit beside A and starts the row again below it, C fits beside B;
        // the second row (250 px → 7) starts below; D (span 4 by default, 60 px → at least 90 → 3).
        let expected = #"""
        {"panels": [
          {"gridPos": {"h": 4, "w": 16, "x": 0, "y": 0}, "id": 1, "title": "A", "type": "graph"},
          {"gridPos": {"h": 4, "w": 12, "x": 0, "y": 4}, "id": 2, "title": "B", "type": "graph"},
          {"gridPos": {"h": 4, "w": 12, "x": 12, "y": 4}, "id": 3, "title": "C", "type": "table-old"},
          {"gridPos": {"h": 3, "w": 8, "x": 0, "y": 8}, "height": 60, "id": 4, "title": "D", "type": "text"}
        ], "schemaVersion": 16, "title": "Stacked", "uid": "stacked"}
        """#
        let dashboard = try imported(input)
        try expectRenders(dashboard, JSONParser.parse(Array(expected.utf8)))
        #expect(dashboard.notes.first?.contains("no row panels (no row is folded, repeated or shows its title)") == true)
    }

    @Test("before schemaVersion 14 the shared crosshair becomes graphTooltip and the version stays for Grafana's earlier migrations")
    func sharedCrosshair() throws {
        let input = #"{"rows": [{"collapse": true, "panels": [{"span": 12, "title": "A", "type": "singlestat"}], "title": "Only"}], "schemaVersion": 12, "sharedCrosshair": true, "title": "Old", "uid": "old"}"#
        let expected = #"""
        {"graphTooltip": 1, "panels": [
          {"collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 0}, "id": 2, "panels": [
            {"gridPos": {"h": 7, "w": 24, "x": 0, "y": 1}, "id": 1, "title": "A", "type": "singlestat"}
          ], "title": "Only", "type": "row"}
        ], "schemaVersion": 12, "title": "Old", "uid": "old"}
        """#
        let dashboard = try imported(input)
        try expectRenders(dashboard, JSONParser.parse(Array(expected.utf8)))
        #expect(dashboard.notes.first?.hasSuffix("the schemaVersion stays, so Grafana still applies its earlier migrations; panel types stay as they are") == true)
    }

    @Test("a span wider than the old 12 columns is refused, naming it: Grafana cannot place it either")
    func spanTooWide() {
        let input = #"{"rows": [{"panels": [{"id": 1, "span": 14, "title": "Wide", "type": "graph"}]}], "schemaVersion": 14, "title": "Wide", "uid": "wide"}"#
        #expect(importError(input, file: "old.json")
                == "old.json: $.rows[0].panels[0].span: expected a span of 1 to 12 (columns of the pre-grid row), found 14; Grafana cannot place it either")
    }

    @Test("a grid-era panel without a gridPos sits where Grafana's defaults put it, moved off the panels it lands on")
    func missingGridPos() throws {
        let input = #"{"panels": [{"gridPos": {"h": 4, "w": 24, "x": 0, "y": 0}, "id": 1, "title": "Top", "type": "text"}, {"id": 2, "title": "Loose", "type": "text"}], "schemaVersion": 27, "title": "Loose", "uid": "loose"}"#
        let expected = #"{"panels": [{"gridPos": {"h": 4, "w": 24, "x": 0, "y": 0}, "id": 1, "title": "Top", "type": "text"}, {"gridPos": {"h": 3, "w": 6, "x": 0, "y": 4}, "id": 2, "title": "Loose", "type": "text"}], "schemaVersion": 27, "title": "Loose", "uid": "loose"}"#
        try expectRenders(try imported(input), JSONParser.parse(Array(expected.utf8)))
    }

    @Test("a panel whose id an earlier panel has gets the next free one, as Grafana gives it on load; a folded row's panels count")
    func duplicateIDs() throws {
        let input = #"{"panels": [{"gridPos": {"h": 4, "w": 12, "x": 0, "y": 0}, "id": 3, "title": "A", "type": "text"}, {"gridPos": {"h": 4, "w": 12, "x": 12, "y": 0}, "id": 3, "title": "B", "type": "text"}, {"collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 4}, "id": 0, "panels": [{"gridPos": {"h": 4, "w": 24, "x": 0, "y": 5}, "id": 9, "title": "C", "type": "text"}], "title": "Folded", "type": "row"}], "schemaVersion": 39, "title": "Twice", "uid": "twice"}"#
        let expected = input.replacingOccurrences(of: #""id": 3, "title": "B""#, with: #""id": 10, "title": "B""#)
            .replacingOccurrences(of: #""id": 0, "panels""#, with: #""id": 11, "panels""#)
        let dashboard = try imported(input)
        try expectRenders(dashboard, JSONParser.parse(Array(expected.utf8)))
        #expect(dashboard.notes == [#"panel "B", panel "Folded" had no id of its own (none, 0, or an earlier panel's); Graft gives 10, 11, as Grafana does on load (the next above the largest)"#])
    }
}
