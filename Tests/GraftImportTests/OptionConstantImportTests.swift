import GraftImport
import GraftJSON
import Testing

@Suite("graft import names a closed option's case as the DSL declares it, and keeps an unknown value")
struct OptionConstantImportTests {
    /// A dashboard of one stat panel whose options are `options` (JSON text).
    func imported(statOptions options: String) throws -> (input: JSON, result: ImportedDashboard) {
        let json = """
        {"title": "Modes", "uid": "modes", "schemaVersion": 40, "panels": [
          {"type": "stat", "title": "Modes", "id": 3, "gridPos": {"h": 4, "w": 6, "x": 0, "y": 0}, "options": {\(options)}}
        ]}
        """
        var importer = DashboardImporter()
        return (try JSONParser.parse(json), try importer.importDashboard(Array(json.utf8), file: "modes.json"))
    }

    @Test("a raw value unlike its case name (background_solid) is written as the case (.backgroundSolid)")
    func caseNames() throws {
        let (input, result) = try imported(statOptions: #""colorMode": "background_solid", "graphMode": "none", "orientation": "horizontal""#)
        for code in [".colorMode(.backgroundSolid)", ".graphMode(.none)", ".orientation(.horizontal)"] {
            #expect(result.source.contains(code), "no \(code) in \(result.source)")
        }
        #expect(try JSONParser.parse(result.renderedJSON) == input)
    }

    @Test("a value the closed set does not name stays an option with its string, and renders as it was")
    func unknownValue() throws {
        let (input, result) = try imported(statOptions: #""colorMode": "sparkle""#)
        #expect(!result.source.contains(".colorMode("), "an unknown mode became a typed modifier: \(result.source)")
        #expect(result.source.contains(#".option("colorMode", "sparkle")"#), "no option for the unknown mode in \(result.source)")
        #expect(try JSONParser.parse(result.renderedJSON) == input)
    }
}
