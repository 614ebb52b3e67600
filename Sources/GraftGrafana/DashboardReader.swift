import Foundation
import GraftHTTP
import GraftJSON

/// Reads dashboards as classic JSON from whichever API the server serves (`graft import
/// --from-grafana`): the app-platform API on 12/13, `/api/dashboards/uid/:uid` on 11. Which
/// dashboards come from the classic `/api/search`, which every release serves.
public struct DashboardReader: Sendable {
    /// Members of the classic model the server stamps on every read (`id`, `version`): a client
    /// never sent them, and the uid alone names the dashboard, so a read leaves them out.
    public static let serverSetKeys: Set<String> = ["id", "version"]

    /// A dashboard read, with what the reader knows about how faithful it is.
    public struct Read: Sendable {
        /// The classic JSON model, uid included.
        public var model: JSON
        /// Set when the dashboard is stored in the v2 schema and this is Grafana's lossy
        /// down-conversion of it: the stored version (`v2`, `v2beta1`).
        public var convertedFrom: String?
    }

    /// The client it reads through.
    public let client: GrafanaClient
    private let platform: AppPlatformClient?

    /// A reader for `client`'s Grafana, its APIs discovered once; throws `APIError` when they cannot be.
    public static func discovering(_ client: GrafanaClient) async throws -> DashboardReader {
        DashboardReader(client: client, platform: try await DashboardPusher(client: client).discoverAppPlatform())
    }

    private init(client: GrafanaClient, platform: AppPlatformClient?) {
        self.client = client
        self.platform = platform
    }

    /// The dashboard `uid`, or `nil` when there is none. Throws a `ConfigurationError` for a
    /// dashboard stored as v2 that the server cannot convert to classic JSON (12.x before the
    /// v2→v0 conversion), since its v2 form is not what `graft import` reads.
    public func read(uid: String) async throws -> Read? {
        guard let platform else {
            guard let live = try await client.dashboard(uid: uid), case .object(var model) = live.model else { return nil }
            for key in DashboardReader.serverSetKeys { model.removeValue(forKey: key) }
            return Read(model: .object(model), convertedFrom: nil)
        }
        guard let object = try await platform.get(.dashboards, name: uid) else { return nil }
        var spec = object.spec
        for key in DashboardReader.serverSetKeys { spec.removeValue(forKey: key) }
        spec["uid"] = .string(uid)
        guard let stored = object.storedVersion, stored.hasPrefix("v2") else { return Read(model: .object(spec), convertedFrom: nil) }
        if object.status["conversion"]?["failed"]?.boolValue == true {
            throw ConfigurationError("Dashboard \(uid) is stored in Grafana's v2 schema (\(stored)) and this Grafana does not convert it to classic JSON, which graft import reads; export it from Grafana's UI as classic JSON and import that file.")
        }
        return Read(model: .object(spec), convertedFrom: stored)
    }

    /// The uids of the dashboards to read, each once: those directly in each of `folders` (not in
    /// their subfolders, as Grafana's search and folder view list them), then `uids`; every
    /// dashboard the organisation holds (that the account may see) when both are empty. The search
    /// is followed page by page, bounded as every listing is. Throws a `ConfigurationError` naming
    /// a folder that does not exist, for which Grafana's search would answer an empty list.
    public func selectedUIDs(folders: [String], uids: [String]) async throws -> [String] {
        var selected: [String] = []
        if !folders.isEmpty || uids.isEmpty {
            for folder in folders {
                guard try await client.folder(uid: folder) == nil else { continue }
                throw ConfigurationError("Grafana has no folder with uid \"\(folder)\" (GET /api/folders/\(folder) answered 404); "
                    + "a folder's uid is the part of its URL after /dashboards/f/")
            }
            selected = try await client.searchAll(SearchQuery(type: "dash-db", folderUIDs: folders)).map(\.uid)
        }
        var seen: Set<String> = []
        return (selected + uids).filter { seen.insert($0).inserted }
    }
}
