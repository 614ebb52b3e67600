import Foundation
import GraftJSON
import Testing
@testable import GraftImport

@Suite("Extreme numbers (ids, spans, heights, positions) are refused with the file, the JSON path and what was expected")
struct ExtremeNumberTests {
    func message(_ json: String) -> String? { importError(json, file: "x.json") }

    /// A plain dashboard of `panels` (JSON text of the array).
    func dashboard(_ panels: String) -> String { #"{"title": "x", "panels": \#(panels)}"# }

    /// A pre-grid dashboard of `rows` (JSON text of the array).
    func preGrid(_ rows: String) -> String { #"{"title": "x", "schemaVersion": 14, "rows": \#(rows)}"# }

    /// A v2beta1 resource whose one GridLayout item is `item` (its x, y, width, height members), its panel id `id`.
    func schemaV2(item: String, id: String = "1") -> String {
        #"{"apiVersion": "dashboard.grafana.app/v2beta1", "kind": "Dashboard", "metadata": {"name": "x"}, "spec": {"title": "x", "elements": {"p": {"kind": "Panel", "spec": {"id": \#(id), "title": "P", "data": {"kind": "QueryGroup", "spec": {"queries": []}}, "vizConfig": {"kind": "VizConfig", "group": "text", "version": "", "spec": {}}}}}, "layout": {"kind": "GridLayout", "spec": {"items": [{"kind": "GridLayoutItem", "spec": {\#(item), "element": {"kind": "ElementReference", "name": "p"}}}]}}}}"#
    }

    static let idMessage = "expected a panel id of at most 9007199254740991 either way (the largest whole number Grafana's frontend holds exactly), found "

    @Test("a panel id beyond 2^53 - 1 (Int.max, 2^53, a row's panel, negative ones, Int.min) is refused at its path")
    func panelIDs() {
        #expect(message(dashboard(#"[{"id": 9223372036854775807, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 0, "y": 0}}]"#))
                == "x.json: $.panels[0].id: " + Self.idMessage + "9223372036854775807")
        #expect(message(dashboard(#"[{"id": 9007199254740992, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 0, "y": 0}}]"#))
                == "x.json: $.panels[0].id: " + Self.idMessage + "9007199254740992")
        #expect(message(dashboard(#"[{"id": 1, "type": "row", "collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 0}, "panels": [{"id": -9223372036854775807, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 0, "y": 1}}]}]"#))
                == "x.json: $.panels[0].panels[0].id: " + Self.idMessage + "-9223372036854775807")
        #expect(message(dashboard(#"[{"id": -9223372036854775808, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 0, "y": 0}}]"#))
                == "x.json: $.panels[0].id: " + Self.idMessage + "-9223372036854775808")
    }

    @Test("the largest safe id imports, and a panel without one gets the next above it")
    func largestSafeID() throws {
        var importer = DashboardImporter()
        let input = dashboard(#"[{"id": 9007199254740991, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 0, "y": 0}}, {"type": "text", "gridPos": {"h": 1, "w": 1, "x": 1, "y": 0}}]"#)
        let rendered = try JSONParser.parse(importer.importDashboard(Array(input.utf8), file: "x.json").renderedJSON)
        #expect(rendered["panels"]?.arrayValue?[1]["id"]?.numberValue?.intValue == 9_007_199_254_740_992)
    }

    @Test("pre-grid ids, and v2 ids, are refused the same way")
    func otherLayoutsIDs() {
        #expect(message(preGrid(#"[{"panels": [{"id": 9223372036854775807, "type": "text"}, {"type": "text"}]}]"#))
                == "x.json: $.rows[0].panels[0].id: " + Self.idMessage + "9223372036854775807")
        #expect(message(schemaV2(item: #""x": 0, "y": 0, "width": 6, "height": 4"#, id: "9223372036854775807"))
                == "x.json: $.spec.elements.p.spec.id: " + Self.idMessage + "9223372036854775807")
    }

    @Test("a pre-grid span outside 0 to 12 is refused before it becomes an integer", arguments: [("1e300", "1e+300"), ("-1", "-1"), ("13", "13")])
    func preGridSpan(_ span: String, _ shown: String) {
        #expect(message(preGrid(#"[{"panels": [{"span": \#(span), "type": "text"}]}]"#))
                == "x.json: $.rows[0].panels[0].span: expected a span of 1 to 12 (columns of the pre-grid row), found \(shown); Grafana cannot place it either")
    }

    @Test("a pre-grid height beyond a million grid rows is refused: a row's, a panel's, a number or a string")
    func preGridHeight() {
        let expected = "expected a height of at most 38000000 px (1000000 grid rows, far beyond any dashboard), found "
        #expect(message(preGrid(#"[{"height": 1e300, "panels": [{"type": "text"}]}]"#)) == "x.json: $.rows[0].height: " + expected + "1e+300 px")
        #expect(message(preGrid(#"[{"height": "99999999999999999999999px", "panels": [{"type": "text"}]}]"#))
                == "x.json: $.rows[0].height: " + expected + "1e+23 px")
        #expect(message(preGrid(#"[{"panels": [{"height": 38000001, "type": "text"}]}]"#)) == "x.json: $.rows[0].panels[0].height: " + expected + "38000001 px")
    }

    @Test("pre-grid rows each within the bound but together beyond it are refused at the row that starts too low")
    func preGridRowsTogether() {
        #expect(message(preGrid(#"[{"height": 38000000, "panels": [{"type": "text"}]}, {"height": 38000000, "panels": [{"type": "text"}]}]"#))
                == "x.json: $.rows[1]: the rows above it end 1000000 grid rows down: beyond the 1000000 grid rows Graft reads, far beyond any dashboard")
    }

    @Test("a v2 grid item's position beyond the grid is refused at its member", arguments: [
        (#""x": 0, "y": 9223372036854775807, "width": 6, "height": 1"#, "y", "0 to 1000000 (grid rows, far beyond any dashboard), found 9223372036854775807"),
        (#""x": 0, "y": 0, "width": 6, "height": 1000001"#, "height", "0 to 1000000 (grid rows, far beyond any dashboard), found 1000001"),
        (#""x": 25, "y": 0, "width": 6, "height": 1"#, "x", "0 to 24 (columns of the grid), found 25"),
        (#""x": 0, "y": 0, "width": -1, "height": 1"#, "width", "0 to 24 (columns of the grid), found -1"),
    ])
    func schemaV2Position(_ item: String, _ member: String, _ expected: String) {
        #expect(message(schemaV2(item: item)) == "x.json: $.spec.layout.spec.items[0].spec.\(member): expected " + expected)
    }

    @Test("a classic gridPos beyond the grid is refused before Grafana's layout is worked out", arguments: [
        (#"[{"id": 1, "type": "text", "gridPos": {"h": 9223372036854775807, "w": 24, "x": 0, "y": 0}}, {"id": 2, "type": "text", "gridPos": {"h": 1, "w": 24, "x": 0, "y": 0}}, {"id": 3, "type": "text", "gridPos": {"h": 1, "w": 24, "x": 0, "y": 1}}]"#,
         "$.panels[0].gridPos.h", "0 to 1000000 (grid rows, far beyond any dashboard), found 9223372036854775807"),
        // Sharing cells with a panel a trillion rows high: Grafana's compaction would climb the third a row at a time.
        (#"[{"id": 1, "type": "text", "gridPos": {"h": 1000000000000, "w": 1, "x": 0, "y": 0}}, {"id": 2, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 0, "y": 0}}, {"id": 3, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 12, "y": 1000000000000}}]"#,
         "$.panels[0].gridPos.h", "0 to 1000000 (grid rows, far beyond any dashboard), found 1000000000000"),
        (#"[{"id": 1, "type": "text", "gridPos": {"h": 1, "w": 9223372036854775807, "x": 0, "y": 0}}]"#,
         "$.panels[0].gridPos.w", "0 to 24 (columns of the grid), found 9223372036854775807"),
        (#"[{"id": 1, "type": "row", "collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 0}, "panels": [{"id": 2, "type": "text", "gridPos": {"h": 1, "w": 1, "x": 0, "y": -1}}]}]"#,
         "$.panels[0].panels[0].gridPos.y", "0 to 1000000 (grid rows, far beyond any dashboard), found -1"),
    ])
    func classicPosition(_ panels: String, _ path: String, _ expected: String) {
        #expect(message(dashboard(panels)) == "x.json: \(path): expected " + expected)
    }
}
