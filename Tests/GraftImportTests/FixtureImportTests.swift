import Foundation
import GraftJSON
import GraftModel
import Testing
@testable import GraftImport

@Suite("Importing the fixtures: every panel kind, variable kind and dashboard form")
struct FixtureImportTests {
    /// Each fixture's source, imported once.
    static let imported: [String: ImportedDashboard] = {
        var importer = DashboardImporter()
        var result: [String: ImportedDashboard] = [:]
        for url in Locations.fixtureFiles {
            result[url.lastPathComponent] = try? importer.importDashboard(Locations.bytes(url), file: url.lastPathComponent)
        }
        return result
    }()

    static func source(_ name: String) throws -> String { try #require(imported[name]).source }

    @Test("rendering the import gives the file back", arguments: Locations.fixtureFiles.map(\.lastPathComponent))
    func roundTrip(_ name: String) throws {
        let bytes = try Locations.bytes(Locations.fixtures.appendingPathComponent(name))
        let imported = try #require(Self.imported[name], "\(name) did not import")
        #expect(imported.notes.isEmpty)
        switch imported.form {
        case .export:
            #expect(imported.byteIdentical)
            #expect(imported.renderedJSON == bytes)
        case .plain:
            #expect(try JSONParser.parse(imported.renderedJSON) == JSONParser.parse(bytes))
        case .apiResponse:
            #expect(try JSONParser.parse(imported.renderedJSON) == JSONParser.parse(bytes)["dashboard"])
        case .resource, .schemaV2:
            Issue.record("\(name): the resources are in Fixtures/Adopt, tested by ResourceImportTests")
        }
    }

    @Test("the fixtures come in every form")
    func forms() {
        #expect(Set(Self.imported.values.map(\.form)) == [.export, .plain, .apiResponse])
    }

    @Test("every panel kind is written with its DSL type, an unknown plugin as GenericPanel", arguments: [
        "Stat(\"Up\")", "Gauge(\"CPU\")", "BarGauge(\"p99 latency by route\")", "Timeseries(\"Requests\")", "PieChart(\"Requests by method\")",
        "Table(\"Routes\")", "Heatmap(\"Latency distribution\")", "Text(\"About\", content: \"\"\"", "Logs(\"Errors\")",
        "GenericPanel(\"state-timeline\", pluginName: \"State timeline\", title: \"Instances\")", "Row(\"Overview\")",
    ])
    func panelKinds(_ code: String) throws {
        #expect(try Self.source("panel-kinds.export.json").contains(code))
    }

    @Test("every variable kind is written with its DSL type", arguments: [
        "DataSourceVariable(\"datasource\", pluginId: \"prometheus\")", "QueryVariable(\"namespace\", query:", "CustomVariable(\"quantile\", values:",
        "ConstantVariable(\"env\", value: \"${VAR_ENV}\")", "IntervalVariable(\"step\", intervals:", ".auto(steps: 30, minimum: \"10s\")",
        "TextboxVariable(\"pod\")", "AdHocVariable(\"Filters\")",
    ])
    func variableKinds(_ code: String) throws {
        #expect(try Self.source("variables-rows.export.json").contains(code))
    }

    @Test("folded and repeated rows, repeated and library panels", arguments: [
        "Row(\"Memory\", collapsed: true)", "Row(\"Job $job\")", ".repeat(\"job\")", ".repeat(\"quantile\", maxPerRow: 3)",
        ".libraryPanel(uid: \"lib-cpu\", name: \"CPU usage\")",
    ])
    func rows(_ code: String) throws {
        #expect(try Self.source("variables-rows.export.json").contains(code))
    }

    @Test("panels after folded rows, outside them, are written below each row with .loosePanelsBelow")
    func panelsBelowFoldedRows() throws {
        let source = try Self.source("folded-rows.export.json")
        #expect(source.components(separatedBy: ".loosePanelsBelow {").count - 1 == 3)
        // Each block holds the panels the file lists after that row, before the next row.
        for (row, next, outside) in [("detailsRow", "trafficRow", ["Runbook", "Pods", "Restarts"]), ("errorsRow", "debugRow", ["Latency"]),
                                     ("debugRow", "", ["Build", "Uptime"])] {
            let declaration = try #require(source.components(separatedBy: "private var \(row): Row {").dropFirst().first)
            let block = try #require(declaration.components(separatedBy: ".loosePanelsBelow {").dropFirst().first)
                .components(separatedBy: next.isEmpty ? "\u{0}" : "private var \(next): Row {")[0]
            for title in outside { #expect(block.contains("(\"\(title)\""), "\(title) is not below \(row)") }
        }
    }

    @Test("transformations, overrides and value mappings", arguments: [
        ".transformations {", "Transformation(id: .merge)", "Override(.byName(\"5xx\")) { FieldProperty.color(fixed: .red) }",
        "Override(.byQuery(\"B\"))", ".value([", ".range(from: 0, to: 0.25", ".regex(pattern: \"^/api/(.*)$\"", ".special(match: .null",
        ".thresholds(.red, (50, \"#EAB839\"), (90, .green), mode: .percentage)",
    ])
    func fieldConfig(_ code: String) throws {
        #expect(try Self.source("panel-kinds.export.json").contains(code))
    }

    @Test("a plain dashboard keeps its concrete datasources and hand-placed panels")
    func plainDashboard() throws {
        let source = try Self.source("edge.dashboard.json")
        #expect(source.contains(#".datasource(DataSourceRef(type: "prometheus", uid: "P1809F7CD0C75ACF3"))"#))
        #expect(source.contains(".datasource(.mixed)"))
        #expect(source.contains(".position(x: 16, y: 0)"))
        #expect(source.contains("$0.model.id = .value(42)"))
    }

    @Test("an API response's folder comes along, its meta does not")
    func apiResponse() throws {
        let source = try Self.source("rabbitmq.api.json")
        #expect(source.contains(#".folder(FolderRef(uid: "team-a", title: "Team A"))"#))
        #expect(!source.contains("canSave"))
    }
}
