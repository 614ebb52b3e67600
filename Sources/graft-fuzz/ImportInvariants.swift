import GraftFuzzing
import GraftImport
import GraftJSON

/// The importer refuses with an `ImportError` naming the file, or returns Swift source whose
/// rendering (checked by the importer itself against the input) is JSON, for a dashboard the
/// JSON parser reads.
func checkImport(_ input: [UInt8]) -> FuzzVerdict {
    var importer = DashboardImporter()
    let imported: ImportedDashboard
    do {
        imported = try importer.importDashboard(input, file: "fuzz.json")
    } catch let error as ImportError {
        return error.description.hasPrefix("fuzz.json: ") && error.description.count > "fuzz.json: ".count
            ? .rejected : .violated("an ImportError that does not name the file: \(error)")
    } catch {
        return .violated("the importer threw \(type(of: error)), not an ImportError: \(error)")
    }
    guard (try? JSONParser.parse(input)) != nil else { return .violated("imported an input that is not JSON") }
    do { _ = try JSONParser.parse(imported.renderedJSON) } catch { return .violated("the rendering is not JSON (\(error)): \(String(decoding: imported.renderedJSON, as: UTF8.self))") }
    guard !imported.source.isEmpty, imported.swiftFileName.hasSuffix(".swift") else { return .violated("no Swift source") }
    return .accepted
}
