import Foundation
import GraftJSON
import GraftModel
import Testing
@testable import GraftImport

@Suite("Importing the Higress AI reference export", .enabled(if: Locations.reference != nil, Locations.referenceMissing))
struct ReferenceImportTests {
    let input: [UInt8]
    let imported: ImportedDashboard

    init() throws {
        input = try Locations.bytes(Locations.reference!)
        var importer = DashboardImporter()
        imported = try importer.importDashboard(input, file: "Higress-AI-CN.json")
    }

    @Test("rendering the generated Swift gives back the export byte for byte")
    func byteIdentical() {
        #expect(imported.form == .export)
        #expect(imported.byteIdentical)
        #expect(imported.renderedJSON == input)
        #expect(imported.notes.isEmpty)
    }

    // Indentation aside: each dashboard and row is a computed property, one level deeper than a stored
    // constant would be, which keeps the edit loop short (CompileCostTests) at 4 bytes a line.
    @Test("the generated Swift, its indentation aside, is at most a quarter of the export's size")
    func quarterOfTheSize() {
        let text = imported.source.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " } }
        let bytes = text.map(\.utf8.count).reduce(0, +) + text.count - 1
        #expect(bytes * 4 <= input.count, "\(bytes) bytes for \(input.count)")
    }

    @Test("every panel and row keeps its id")
    func idsKept() throws {
        let model = try DashboardModel(json: JSONParser.parse(input))
        let ids = model.allPanels.compactMap(\.id)
        #expect(ids.count == 33)  // 6 rows and 27 panels
        for id in ids { #expect(imported.source.contains(".id(\(id))"), "no .id(\(id))") }
    }

    @Test("what Grafana 11.3 writes for a new panel is left out")
    func defaultsLeftOut() {
        for setting in ["wideLayout", "percentChangeColorMode", "pluginVersion", "barWidthFactor", "showPercentChange", "__auto",
                        "\"cellHeight\"", "axisColorMode", "refId(\"A\")", "DS_"] {
            #expect(!imported.source.contains(setting), "\(setting) is written")
        }
    }

    @Test("units, colours and reducers are named constants", arguments: [
        ".unit(.requestsPerSecond)", ".unit(.percentUnit)", ".unit(.durationMilliseconds)", ".color(fixed: .rgb(31, 120, 193))",
        ".thresholds(.rgba(50, 172, 45, 0.97), (95, .rgba(237, 129, 40, 0.89)), (99, .rgba(245, 54, 54, 0.9)))",
        ".reduce(.mean)", ".legend(.table, calcs: [.lastNotNull, .max, .mean])", ".colorMode(.none)", ".format(.timeSeries)",
    ])
    func namedConstants(_ code: String) {
        #expect(imported.source.contains(code))
    }

    @Test("the repeated gateway filter is a local, the PromQL raw strings")
    func labelFilterLocal() {
        #expect(imported.source.contains(##"private let gateway: String = #"higress="$gateway""#"##))
        #expect(imported.source.contains(##"\#(gateway)"##))
        #expect(!imported.source.contains(#"{higress="$gateway""#))
        #expect(imported.source.contains(##"Prometheus(#"sum(irate(envoy_http_downstream_rq{\#(gateway),http_conn_manager_prefix"##))
    }

    @Test("rows are laid out by flow, with a row-wide panel size where it saves modifiers")
    func flowLayout() {
        #expect(!imported.source.contains(".position("))
        #expect(imported.source.contains("private var xdsRow: Row {\n    Row(\"XDS\") {"))
        #expect(imported.source.contains(".panelSize(width: 8, height: 8).id(26)"))
    }

    @Test("importing twice writes the same Swift")
    func deterministic() throws {
        var importer = DashboardImporter()
        #expect(try importer.importDashboard(input, file: "Higress-AI-CN.json").source == imported.source)
    }
}
