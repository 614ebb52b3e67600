import Foundation
import Testing
import GraftJSON
@testable import GraftImport

/// The error importing `json` as `file` gives, or `nil` when it imports.
func importError(_ json: String, file: String) -> String? {
    var importer = DashboardImporter()
    do {
        _ = try importer.importDashboard(Array(json.utf8), file: file)
        return nil
    } catch {
        return (error as? ImportError)?.description
    }
}

@Suite("Malformed input: the error names the file and the JSON path")
struct MalformedInputTests {
    func message(_ json: String) -> String? { importError(json, file: "bad.json") }

    @Test("not JSON")
    func notJSON() {
        #expect(message(#"{"title": "Edge", "panels": [}"#) == "bad.json: $.panels[0]: not JSON: line 1, column 30: expected a value, found '}'")
    }

    @Test("JSON that is not a dashboard: an array")
    func array() {
        #expect(message("[1, 2]") == #"bad.json: $: expected a dashboard object (an export, a dashboard, or the API's {"dashboard": ..., "meta": ...}), found an array"#)
    }

    @Test("JSON that is not a dashboard: another object")
    func otherObject() {
        #expect(message(#"{"apiVersion": "v1", "kind": "ConfigMap"}"#)
                == #"bad.json: $: not a Grafana dashboard: it has none of "panels", "title", "schemaVersion", "templating", "uid""#)
    }

    @Test("an API response whose dashboard is not an object")
    func apiResponse() {
        #expect(message(#"{"dashboard": "edge", "meta": {}}"#) == "bad.json: $.dashboard: expected the dashboard object of an API response, found a string")
    }

    @Test("a panel without a type")
    func panelWithoutType() {
        #expect(message(#"{"title": "Edge", "panels": [{"id": 1, "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0}, "title": "Requests"}]}"#)
                == #"bad.json: $.panels[0]: missing "type" (the panel's plugin id, e.g. "timeseries")"#)
    }

    @Test("a gridPos that is not an object")
    func gridPosNotAnObject() {
        #expect(message(#"{"title": "Edge", "panels": [{"id": 1, "type": "stat", "gridPos": [0, 0, 6, 4]}]}"#)
                == "bad.json: $.panels[0].gridPos: expected a gridPos object, found an array")
    }

    @Test("a gridPos member that is not a number")
    func gridPosMemberNotANumber() {
        #expect(message(#"{"title": "Edge", "panels": [{"type": "stat", "gridPos": {"h": 4, "w": 6, "x": 0, "y": "top"}}]}"#)
                == #"bad.json: $.panels[0].gridPos.y: expected an integer, found a string"#)
    }

    @Test("a path inside an API response starts at its dashboard")
    func pathInsideAPIResponse() {
        #expect(message(#"{"dashboard": {"title": "Edge", "panels": [{"gridPos": "top"}]}, "meta": {}}"#)
                == #"bad.json: $.dashboard.panels[0]: missing "type" (the panel's plugin id, e.g. "timeseries")"#)
    }
}

@Suite("Dashboards the DSL cannot write yet: the error names the place, nothing is written")
struct UnrepresentableInputTests {
    func message(_ json: String) -> String? { importError(json, file: "odd.json") }

    @Test("a folded row's panel stored above the row")
    func panelAboveItsRow() {
        // The panel above keeps the row where it is when Grafana lays the grid out; a folded row's panels are not on the grid.
        let json = #"{"title": "Odd", "uid": "odd", "panels": [{"type": "text", "id": 3, "title": "Top", "gridPos": {"h": 5, "w": 24, "x": 0, "y": 0}}, {"type": "row", "id": 1, "collapsed": true, "title": "Folded", "gridPos": {"h": 1, "w": 24, "x": 0, "y": 5}, "panels": [{"type": "text", "id": 2, "title": "Above", "gridPos": {"h": 3, "w": 24, "x": 0, "y": 2}}]}]}"#
        #expect(message(json) == "odd.json: $.panels[1].panels[0]: sits at y 2, above its row's first grid row 6; the DSL places a row's panels below it")
    }
}

/// Inputs the fuzzer (`graft-fuzz import`) found mishandled, kept as tests.
@Suite("Fuzzer finds: odd values the importer keeps as they were")
struct FuzzerFindTests {
    /// Grafana replaces only a falsy id (`!panel.id`); a null one gets an id (the next test).
    @Test("a panel id that is not a whole number is kept, not doubled by an id of Graft's", arguments: ["1e99911", "1.5", "\"7\""])
    func oddPanelID(_ id: String) throws {
        let json = #"{"panels":[{"gridPos":{"h":5,"w":6,"x":0,"y":0},"id":"# + id + #","title":"Ready","type":"stat"}],"title":"Fuzz","uid":"fuzz"}"#
        var importer = DashboardImporter()
        let imported = try importer.importDashboard(Array(json.utf8), file: "odd.json")
        let rendered = try JSONParser.parse(imported.renderedJSON)
        #expect(rendered["panels"]?.arrayValue?.first?["id"] == (try JSONParser.parse(id)))
        #expect(!imported.notes.contains { $0.contains("no id of its own") }, "\(imported.notes)")
    }

    @Test("a null or zero panel id is replaced, as Grafana's `!panel.id` replaces it", arguments: ["null", "0", "false", "\"\""])
    func falsyPanelID(_ id: String) throws {
        let json = #"{"panels":[{"gridPos":{"h":5,"w":6,"x":0,"y":0},"id":"# + id + #","title":"Ready","type":"stat"},{"gridPos":{"h":5,"w":6,"x":6,"y":0},"id":4,"title":"Four","type":"stat"}],"title":"Fuzz","uid":"fuzz"}"#
        var importer = DashboardImporter()
        let imported = try importer.importDashboard(Array(json.utf8), file: "odd.json")
        let rendered = try JSONParser.parse(imported.renderedJSON)
        #expect(rendered["panels"]?.arrayValue?.map { $0["id"] } == [.int(5), .int(4)])
        #expect(imported.notes.contains { $0.contains("no id of its own") }, "\(imported.notes)")
    }
}
