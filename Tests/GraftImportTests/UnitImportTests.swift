import GraftJSON
import GraftModel
import Testing
@testable import GraftImport

@Suite("Importing units: every unit Grafana ships is written by its name")
struct UnitImportTests {
    static let json = #"""
    {"title": "Pumps", "uid": "pumps", "schemaVersion": 40, "panels": [
      {"type": "timeseries", "id": 1, "title": "Flow", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
       "fieldConfig": {"defaults": {"unit": "flowgpm"}, "overrides": [
         {"matcher": {"id": "byName", "options": "cost"}, "properties": [{"id": "unit", "value": "currencyEUR"}]},
         {"matcher": {"id": "byName", "options": "jobs"}, "properties": [{"id": "unit", "value": "suffix:jobs"}]}]},
       "targets": [{"refId": "A", "expr": "sum(pump_flow)"}]}
    ]}
    """#

    @Test("a unit named only now is written as its constant, a custom one as its string")
    func namedUnits() throws {
        var importer = DashboardImporter()
        let imported = try importer.importDashboard(Array(Self.json.utf8), file: "pumps.json")
        #expect(imported.source.contains(".unit(.gallonsPerMinute)"), "\(imported.source)")
        #expect(imported.source.contains("FieldProperty.unit(.euros)"), "\(imported.source)")
        #expect(imported.source.contains(#"FieldProperty.unit("suffix:jobs")"#), "\(imported.source)")
        #expect(try JSONParser.parse(imported.renderedJSON) == JSONParser.parse(Array(Self.json.utf8)))
    }

    @Test("every unit in the list is written by its name")
    func everyName() {
        for (name, unit) in Unit.all { #expect(ConstantNames.unit.swiftCode(unit.rawValue).flat == "." + name) }
    }
}
