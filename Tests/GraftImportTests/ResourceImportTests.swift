import Foundation
import GraftJSON
import GraftTestSupport
import Testing
@testable import GraftImport

@Suite("Grafana 12/13 resources: the classic spec and the v2 schema's grid and rows import; tabs and the auto grid are refused")
struct ResourceImportTests {
    /// `name` from `Fixtures/Adopt`, imported.
    func imported(_ name: String) throws -> ImportedDashboard {
        var importer = DashboardImporter()
        return try importer.importDashboard(Locations.adoptionBytes(name), file: "exports/" + name)
    }

    /// The error importing `name` gives.
    func refusal(_ name: String) throws -> ImportError {
        var importer = DashboardImporter()
        do {
            _ = try importer.importDashboard(Locations.adoptionBytes(name), file: "exports/" + name)
        } catch let error as ImportError {
            return error
        }
        Issue.record("\(name) imported")
        return ImportError(file: name, path: nil, message: "")
    }

    @Test("a v1beta1 resource renders as its spec with metadata.name as the uid; its folder is named in a note")
    func classicResource() throws {
        let dashboard = try imported("gateway.v1beta1.resource.json")
        #expect(dashboard.form == .resource)
        let file = try JSONParser.parse(Locations.adoptionBytes("gateway.v1beta1.resource.json"))
        guard case .object(var expected)? = file["spec"] else { Issue.record("no spec"); return }
        expected["uid"] = "higress-gateway-v1"
        let rendered = try JSONParser.parse(dashboard.renderedJSON)
        if let difference = JSONDifference.first(rendered, .object(expected), at: .root) {
            Issue.record("renders \(difference.description) at \(difference.path)")
        }
        let same = rendered == .object(expected)
        #expect(same)
        #expect(dashboard.source.contains(#"Dashboard("Higress Gateway (v1 resource)", uid: "higress-gateway-v1")"#))
        #expect(dashboard.notes.contains { $0.contains(#"folder "gateways""#) })
        #expect(!dashboard.source.contains("deprecatedInternalID") && !dashboard.source.contains("resourceVersion"))
    }

    @Test("v2 schema converts to the classic model Grafana's rules give", arguments: [
        ("gateway-grid.v2beta1.resource.json", "gateway-grid.classic.json"),
        ("gateway-rows.v2.resource.json", "gateway-rows.classic.json"),
    ])
    func schemaV2(_ name: String, _ classic: String) throws {
        let dashboard = try imported(name)
        #expect(dashboard.form == .schemaV2)
        #expect(dashboard.notes.isEmpty)
        let expected = try JSONParser.parse(Locations.adoptionBytes(classic))
        let rendered = try JSONParser.parse(dashboard.renderedJSON)
        if let difference = JSONDifference.first(rendered, expected, at: .root) {
            Issue.record("\(name) renders \(difference.description) at \(difference.path)")
        }
        let same = rendered == expected
        #expect(same)
    }

    @Test("v2alpha1 (Grafana 12.0/12.1) names the plugin and the datasource type in kind, the datasource beside the query")
    func schemaV2Alpha1() throws {
        let text = #"""
        {"apiVersion": "dashboard.grafana.app/v2alpha1", "kind": "Dashboard", "metadata": {"name": "alpha"},
         "spec": {"title": "Alpha", "cursorSync": "Tooltip", "elements": {"panel-4": {"kind": "Panel", "spec": {"id": 4, "title": "Up",
           "data": {"kind": "QueryGroup", "spec": {"queries": [{"kind": "PanelQuery", "spec": {"refId": "A", "hidden": false,
             "datasource": {"type": "prometheus", "uid": "prom-main"}, "query": {"kind": "prometheus", "spec": {"expr": "up"}}}}],
             "transformations": [], "queryOptions": {}}},
           "vizConfig": {"kind": "stat", "spec": {"pluginVersion": "12.0.0", "options": {}, "fieldConfig": {"defaults": {}, "overrides": []}}}}}},
          "layout": {"kind": "GridLayout", "spec": {"items": [{"kind": "GridLayoutItem", "spec": {"x": 0, "y": 0, "width": 6, "height": 4,
            "element": {"kind": "ElementReference", "name": "panel-4"}}}]}},
          "variables": [{"kind": "QueryVariable", "spec": {"name": "job", "hide": "hideVariable", "refresh": "onTimeRangeChanged", "sort": "naturalDesc",
            "datasource": {"type": "prometheus", "uid": "prom-main"}, "query": {"kind": "prometheus", "spec": {"__legacyStringValue": "label_values(job)"}},
            "current": {"text": "", "value": ""}, "options": []}}]}}
        """#
        var importer = DashboardImporter()
        let dashboard = try importer.importDashboard(Array(text.utf8), file: "alpha.json")
        let prom: JSON = ["type": "prometheus", "uid": "prom-main"]
        let expected: JSON = [
            "annotations": ["list": []], "editable": true, "graphTooltip": 2, "schemaVersion": .int(SchemaV2Conversion.schemaVersion),
            "time": ["from": "now-6h", "to": "now"], "title": "Alpha", "uid": "alpha",
            "panels": [["datasource": prom, "fieldConfig": ["defaults": [:], "overrides": []], "gridPos": ["h": 4, "w": 6, "x": 0, "y": 0], "id": 4,
                        "options": [:], "pluginVersion": "12.0.0", "targets": [["datasource": prom, "expr": "up", "refId": "A"]], "title": "Up", "type": "stat"]],
            "templating": ["list": [["current": ["text": "", "value": ""], "datasource": prom, "hide": 2, "name": "job", "options": [],
                                     "query": "label_values(job)", "refresh": 2, "sort": 8, "type": "query"]]],
        ]
        let rendered = try JSONParser.parse(dashboard.renderedJSON)
        if let difference = JSONDifference.first(rendered, expected, at: .root) {
            Issue.record("renders \(difference.description) at \(difference.path)")
        }
    }

    @Test("a library panel, a repeated panel, query options, transformations, links and the other variable kinds")
    func libraryAndRepeat() throws {
        let rendered = try JSONParser.parse(imported("library-repeat.v2beta1.resource.json").renderedJSON)
        let panels = try #require(rendered["panels"]?.arrayValue)
        #expect(panels[0] == ["gridPos": ["h": 8, "w": 12, "x": 0, "y": 0], "id": 1, "libraryPanel": ["name": "CPU usage", "uid": "lib-cpu"],
                              "title": "CPU usage", "type": "library-panel-ref"])
        let repeated = panels[1]
        #expect(repeated["repeat"] == "pod" && repeated["repeatDirection"] == "h" && repeated["maxPerRow"] == 4)
        #expect(repeated["timeFrom"] == "24h" && repeated["hideTimeOverride"] == true && repeated["maxDataPoints"] == 500 && repeated["transparent"] == true)
        #expect(repeated["transformations"] == [["disabled": false, "id": "organize", "options": ["excludeByName": ["Time": true]]]])
        #expect(repeated["links"] == [["title": "Docs", "url": "https://higress.io"]])
        #expect(repeated["datasource"] == ["type": "prometheus"] && repeated["targets"]?.arrayValue?.first?["datasource"] == ["type": "prometheus"])
        let variables = try #require(rendered["templating"]?["list"]?.arrayValue)
        #expect(variables.map { $0["type"] } == ["textbox", "interval", "datasource"])
        #expect(variables[1]["refresh"] == 2 && variables[1]["auto_count"] == 30)
        #expect(variables[2]["query"] == "prometheus" && variables[2]["hide"] == 1 && variables[2]["pluginId"] == nil)
        #expect(rendered["editable"] == false)
    }

    @Test("what the resources render is a dashboard Grafana's JSON schema accepts",
          .enabled(if: TestEnvironment.checkJSONSchema != nil && TestEnvironment.sharedFile(ResourceImportTests.schema) != nil,
                   "skipped: needs check-jsonschema (pip install check-jsonschema) and ../shared/\(ResourceImportTests.schema)"))
    func schemaAccepts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-resources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        // Not library-repeat: its panel link is what Grafana's conversion writes ({title, url}), where the
        // schema wants a dashboard link's members.
        for input in Locations.adoptionImports where input.lastPathComponent.contains(".resource.") && !input.lastPathComponent.hasPrefix("library-repeat") {
            let file = folder.appendingPathComponent(input.lastPathComponent).path
            try Data(imported(input.lastPathComponent).renderedJSON).write(to: URL(fileURLWithPath: file))
            files.append(file)
        }
        #expect(files.count == 3)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestEnvironment.checkJSONSchema!)
        process.arguments = ["--schemafile", TestEnvironment.sharedFile(ResourceImportTests.schema)!.path] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    /// Grafana's dashboard schema, its open-ended parts relaxed (`../shared/schemas/SOURCES.md`).
    static let schema = "schemas/grafana/dashboard.relaxed.jsonschema.json"

    @Test("ad hoc filters and group-by: v2beta1 names their datasource beside the spec")
    func adhocAndGroupBy() throws {
        let text = #"""
        {"apiVersion": "dashboard.grafana.app/v2beta1", "kind": "Dashboard", "metadata": {"name": "adhoc"},
         "spec": {"title": "Adhoc", "elements": {}, "layout": {"kind": "GridLayout", "spec": {"items": []}},
          "variables": [
           {"kind": "AdhocVariable", "group": "prometheus", "datasource": {"name": "prom-main"},
            "spec": {"name": "Filters", "baseFilters": [], "filters": [{"key": "namespace", "operator": "=", "value": "higress-system"}],
                     "defaultKeys": [], "hide": "dontHide", "skipUrlSync": false, "allowCustomValue": true}},
           {"kind": "GroupByVariable", "group": "prometheus", "datasource": {"name": "prom-main"},
            "spec": {"name": "by", "current": {"text": ["pod"], "value": ["pod"]}, "options": [], "multi": true, "hide": "dontHide", "skipUrlSync": false}}]}}
        """#
        var importer = DashboardImporter()
        let rendered = try JSONParser.parse(importer.importDashboard(Array(text.utf8), file: "adhoc.json").renderedJSON)
        let prom: JSON = ["type": "prometheus", "uid": "prom-main"]
        #expect(rendered["templating"]?["list"] == [
            ["allowCustomValue": true, "baseFilters": [], "datasource": prom, "defaultKeys": [],
             "filters": [["key": "namespace", "operator": "=", "value": "higress-system"]], "hide": 0, "name": "Filters", "skipUrlSync": false, "type": "adhoc"],
            ["current": ["text": ["pod"], "value": ["pod"]], "datasource": prom, "hide": 0, "multi": true, "name": "by", "options": [],
             "skipUrlSync": false, "type": "groupby"],
        ])
    }

    @Test("the rows' Swift: the hidden first row's panels stand above the rows, a folded row and a repeated one")
    func rowsSource() throws {
        let source = try imported("gateway-rows.v2.resource.json").source
        #expect(source.contains(#"Row("Upstreams")"#))
        #expect(source.contains(#"Row("Details", collapsed: true)"#))
        #expect(source.contains(#".repeat("gateway")"#))
        #expect(source.hasPrefix("// Imported by `graft import` from gateway-rows.v2.resource.json (a Grafana dashboard resource in the v2 schema, converted to the classic model)"))
    }

    @Test("tabs and the auto grid are refused: the message names the file and the layout and says how to export the classic JSON", arguments: [
        ("tabs.v2beta1.resource.json", "$.spec.layout", "a TabsLayout (tabs) has no form in the classic dashboard model Graft writes"),
        ("auto-grid.v2beta1.resource.json", "$.spec.layout", "an AutoGridLayout (panels placed automatically) has no form in the classic dashboard model Graft writes"),
        ("row-with-tabs.v2beta1.resource.json", "$.spec.layout.spec.rows[1].spec.layout", "a TabsLayout (tabs) has no form"),
    ])
    func refusedLayouts(_ name: String, _ path: String, _ start: String) throws {
        let error = try refusal(name)
        #expect(error.file == "exports/" + name)
        #expect(error.path?.description == path)
        #expect(error.message.hasPrefix(start))
        #expect(error.message.hasSuffix("; " + SchemaV2Conversion.exportAdvice))
        #expect(error.description.hasPrefix("exports/\(name): \(path): "))
        #expect(SchemaV2Conversion.exportAdvice.contains("Export → Export as JSON") && SchemaV2Conversion.exportAdvice.contains("Model: Classic"))
    }

    @Test("what is not a dashboard resource is named", arguments: [
        (#"{"apiVersion": "dashboard.grafana.app/v3alpha9", "kind": "Dashboard", "spec": {}}"#, "$.apiVersion", "expected one of dashboard.grafana.app/v0alpha1"),
        (#"{"apiVersion": "folder.grafana.app/v1beta1", "kind": "Folder", "spec": {"title": "x"}}"#, "$.kind", #"expected "Dashboard", found "Folder""#),
        (#"{"apiVersion": "dashboard.grafana.app/v1beta1", "kind": "DashboardList", "items": []}"#, "$.kind", #"expected "Dashboard", found "DashboardList"; import the dashboards of a list one file each"#),
        (#"{"apiVersion": "dashboard.grafana.app/v1beta1", "kind": "Dashboard", "metadata": {"name": "x"}, "spec": [], "status": {}}"#, "$.spec", "expected the dashboard (an object), found an array"),
        (#"{"apiVersion": "dashboard.grafana.app/v0alpha1", "kind": "Dashboard", "metadata": {"name": "x"}, "spec": {"title": "x"}, "status": {"conversion": {"failed": true, "storedVersion": "v2beta1", "error": "backend conversion not yet implemented"}}}"#,
         "$.status.conversion", "Grafana could not convert this dashboard from its stored version v2beta1: backend conversion not yet implemented"),
        (#"{"apiVersion": "dashboard.grafana.app/v2beta1", "kind": "Dashboard", "metadata": {"name": "x"}, "spec": {"title": "x", "elements": {}, "layout": {"kind": "GridLayout", "spec": {"items": [{"kind": "GridLayoutItem", "spec": {"x": 0, "y": 0, "width": 6, "height": 4, "element": {"kind": "ElementReference", "name": "panel-9"}}}]}}}}"#,
         "$.spec.layout.spec.items[0].spec.element.name", #"no element "panel-9" in $.spec.elements"#),
        (#"{"apiVersion": "dashboard.grafana.app/v2beta1", "kind": "Dashboard", "metadata": {"name": "x"}, "spec": {"title": "x", "elements": {}, "layout": {"kind": "GridLayout", "spec": {"items": []}}, "variables": [{"kind": "QueryVariable", "spec": {"name": "a", "hide": "sometimes"}}]}}"#,
         "$.spec.variables[0].spec.hide", #"expected one of "dontHide", "hideLabel", "hideVariable", found "sometimes""#),
        (#"{"apiVersion": "dashboard.grafana.app/v2", "kind": "Dashboard", "metadata": {"name": "x"}, "spec": {"title": "x", "elements": {}, "layout": {"kind": "GridLayout", "spec": {"items": []}}, "variables": [{"kind": "SwitchVariable", "spec": {"name": "on"}}]}}"#,
         "$.spec.variables[0].kind", "Graft does not convert a SwitchVariable from the v2 schema yet (it converts AdhocVariable, ConstantVariable, CustomVariable, "),
    ])
    func notADashboardResource(_ text: String, _ path: String, _ message: String) throws {
        var importer = DashboardImporter()
        do {
            _ = try importer.importDashboard(Array(text.utf8), file: "bad.json")
            Issue.record("imported \(text)")
        } catch let error as ImportError {
            #expect(error.path?.description == path)
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test("an element no layout item places is left out, with a note")
    func unplacedElement() throws {
        let text = #"{"apiVersion": "dashboard.grafana.app/v2beta1", "kind": "Dashboard", "metadata": {"name": "x"}, "spec": {"title": "x", "elements": {"panel-1": {"kind": "Panel", "spec": {"id": 1, "title": "Lost", "data": {"kind": "QueryGroup", "spec": {"queries": []}}, "vizConfig": {"kind": "VizConfig", "group": "text", "version": "", "spec": {}}}}}, "layout": {"kind": "GridLayout", "spec": {"items": []}}}}"#
        var importer = DashboardImporter()
        let dashboard = try importer.importDashboard(Array(text.utf8), file: "x.json")
        #expect(dashboard.notes == [#"element "panel-1" is in no place of the layout, so Grafana does not show it; Graft leaves it out"#])
        #expect(try JSONParser.parse(dashboard.renderedJSON)["panels"] == [])
    }
}
