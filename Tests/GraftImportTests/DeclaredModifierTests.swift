import GraftImport
import GraftJSON
import Testing

@Suite("graft import writes the modifier of every member declared with one")
struct DeclaredModifierTests {
    /// A dashboard of one stat panel that sets `members` (JSON text) beyond a new panel's.
    func imported(panelMembers members: String) throws -> (input: JSON, result: ImportedDashboard) {
        let json = """
        {"title": "Declared", "uid": "declared", "schemaVersion": 40, "panels": [
          {"type": "stat", "title": "Cached", "id": 7, "gridPos": {"h": 4, "w": 6, "x": 0, "y": 0}, \(members)}
        ]}
        """
        var importer = DashboardImporter()
        return (try JSONParser.parse(json), try importer.importDashboard(Array(json.utf8), file: "declared.json"))
    }

    @Test("queryCachingTTL, maxDataPoints, interval and description, each from its declaration")
    func declaredMembers() throws {
        let (input, result) = try imported(panelMembers: #""queryCachingTTL": 60000, "maxDataPoints": 300, "interval": "1m", "description": "Cached for a minute""#)
        for code in [".queryCachingTTL(60000)", ".maxDataPoints(300)", #".interval("1m")"#, #".description("Cached for a minute")"#] {
            #expect(result.source.contains(code), "no \(code) in \(result.source)")
        }
        #expect(!result.source.contains("queryCachingTTL ="), "set member by member instead of by its modifier")
        let rendered = try JSONParser.parse(result.renderedJSON)
        #expect(rendered == input)
        #expect(rendered["panels"]?.arrayValue?.first?["queryCachingTTL"] == .int(60000))
    }
}
