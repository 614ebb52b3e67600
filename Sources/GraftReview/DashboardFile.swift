import GraftJSON
import GraftModel

/// A dashboard JSON file given on the command line, as `graft lint` and `graft verify` read it.
public enum DashboardFile {
    /// The dashboard in `bytes`, read from the JSON file `path` (named in errors): a dashboard as
    /// Grafana exports or saves it, or the `{"dashboard": ...}` envelope of its HTTP API. The caller
    /// reads the file once, bounded; throws a `DashboardFileError` naming the file and what is wrong.
    public static func model(from bytes: [UInt8], file path: String) throws -> DashboardModel {
        do {
            var json = try JSONParser.parse(bytes)
            if json["panels"] == nil, let inner = json["dashboard"], case .object = inner { json = inner }
            return try DashboardModel(json: json)
        } catch {
            throw DashboardFileError("\(path): not a Grafana dashboard: \(error)")
        }
    }
}

/// Why a dashboard file could not be read: names the file and the problem.
public struct DashboardFileError: Error, Sendable, CustomStringConvertible {
    /// The file and the problem.
    public var description: String

    init(_ description: String) { self.description = description }
}
