import Foundation
import GraftHTTP
import GraftJSON

/// Reads dashboards as classic JSON from whichever API the server serves (`graft import
/// --from-grafana`): the app-platform API on 12/13, `/api/dashboards/uid/:uid` on 11.
public struct DashboardReader: Sendable {
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
        guard let platform else { return try await client.dashboard(uid: uid).map { Read(model: $0.model, convertedFrom: nil) } }
        guard let object = try await platform.get(.dashboards, name: uid) else { return nil }
        var spec = object.spec
        spec["uid"] = .string(uid)
        guard let stored = object.storedVersion, stored.hasPrefix("v2") else { return Read(model: .object(spec), convertedFrom: nil) }
        if object.status["conversion"]?["failed"]?.boolValue == true {
            throw ConfigurationError("Dashboard \(uid) is stored in Grafana's v2 schema (\(stored)) and this Grafana does not convert it to classic JSON, which graft import reads; export it from Grafana's UI as classic JSON and import that file.")
        }
        return Read(model: .object(spec), convertedFrom: stored)
    }
}
