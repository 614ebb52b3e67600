import GraftJSON
import GraftModel
import GraftReview
import HigressCatalog
import Testing

@Suite struct UnitLintTests {
    /// A dashboard whose panels set Grafana's units, custom ones, an old id, and two it does not know.
    static let json = #"""
    {"title": "Units", "uid": "units", "schemaVersion": 40, "panels": [
      {"type": "stat", "id": 1, "title": "Known", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 4},
       "fieldConfig": {"defaults": {"unit": "flowgpm"}, "overrides": [
         {"matcher": {"id": "byName", "options": "a"}, "properties": [{"id": "unit", "value": "suffix:jobs"}]},
         {"matcher": {"id": "byName", "options": "b"}, "properties": [{"id": "unit", "value": "farenheit"}]}]}},
      {"type": "stat", "id": 2, "title": "Misspelt", "gridPos": {"x": 12, "y": 0, "w": 12, "h": 4},
       "fieldConfig": {"defaults": {"unit": "reqs"}, "overrides": [
         {"matcher": {"id": "byName", "options": "a"}, "properties": [{"id": "unit", "value": "currencyEURO"}]}]}},
      {"type": "heatmap", "id": 3, "title": "Heatmap", "gridPos": {"x": 0, "y": 4, "w": 24, "h": 8},
       "options": {"yAxis": {"unit": "si:mF"}}}
    ]}
    """#

    @Test func unitsGrafanaDoesNotKnowAreWarnedAbout() throws {
        let subject = LintSubject(model: try DashboardModel(json: JSONParser.parse(Array(Self.json.utf8))))
        let report = try DashboardLinter(catalog: higressCatalog, promtool: nil).lint([subject])
        let unknown = report.findings.filter { $0.rule == .unknownUnit }
        #expect(unknown.map(\.panel) == ["Misspelt", "Misspelt"], "\(report.text())")
        #expect(unknown.allSatisfy { $0.severity == .warning })
        #expect(unknown.map(\.message).joined().contains(#""reqs""#))
        #expect(unknown.map(\.message).joined().contains(#""currencyEURO""#))
    }

    @Test func theCatalogsUnitsAreAllKnown() throws {
        let report = try DashboardLinter(catalog: higressCatalog, promtool: nil).lint(try LintTests.catalogSubjects())
        #expect(!report.findings.contains { $0.rule == .unknownUnit }, "\(report.text())")
    }
}
