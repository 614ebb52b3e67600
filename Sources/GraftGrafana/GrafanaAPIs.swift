import Foundation
import GraftHTTP
import GraftJSON

/// What a Grafana serves, found once per run: its version (`/api/health`) and the versions of the
/// app-platform groups it serves (`/apis`, a k8s `APIGroupList`, each group's versions in
/// priority order, the preferred first).
public struct GrafanaAPIs: Sendable, Hashable {
    /// `dashboard.grafana.app`.
    public static let dashboardGroup = "dashboard.grafana.app"
    /// `folder.grafana.app`.
    public static let folderGroup = "folder.grafana.app"

    /// The version `/api/health` reports (hidden by some setups).
    public var version: String?
    /// `dashboard.grafana.app` versions served, in priority order; empty when the group is not served.
    public var dashboardVersions: [String]
    /// `folder.grafana.app` versions served, in priority order.
    public var folderVersions: [String]

    /// APIs from their parts.
    public init(version: String?, dashboardVersions: [String], folderVersions: [String]) {
        self.version = version
        self.dashboardVersions = dashboardVersions
        self.folderVersions = folderVersions
    }

    /// The version Graft reads and writes classic dashboard JSON through: `v0alpha1` when served,
    /// because the server stores a v0alpha1 spec as sent while v1 writes migrate it to the latest
    /// schemaVersion (mutate.go), so an unchanged dashboard would never compare equal; else the
    /// first v1 version served. `nil` when none is.
    public var classicDashboardVersion: String? {
        dashboardVersions.contains("v0alpha1") ? "v0alpha1" : dashboardVersions.first { $0.hasPrefix("v1") }
    }

    /// The preferred `folder.grafana.app` version.
    public var folderVersion: String? { folderVersions.first }

    /// Whether dashboards and folders go through the app-platform API: both groups served, with a version Graft speaks.
    public var servesAppPlatform: Bool { classicDashboardVersion != nil && folderVersion != nil }

    /// The version to read a dashboard stored as `storedVersion` (`v2beta1`...) at: that one when
    /// served, else the preferred v2 version served.
    public func readVersion(forStored storedVersion: String) -> String? {
        dashboardVersions.contains(storedVersion) ? storedVersion : dashboardVersions.first { $0.hasPrefix("v2") }
    }
}

extension GrafanaClient {
    /// `GET /api/health` and `GET /apis`: what this Grafana serves. A Grafana without `/apis`
    /// (404, or an older one answering with its web page rather than an API group list) serves
    /// the classic API only.
    public func discover() async throws -> GrafanaAPIs {
        let health = try await self.health()
        let request = HTTPRequest(method: "GET", path: ["apis"], action: "discovering its APIs")
        let response = try await service.send(request, accepting: [404])
        guard response.status != 404, let list = try? JSONParser.parse(response.body), let groups = list["groups"]?.arrayValue else {
            return GrafanaAPIs(version: health.version, dashboardVersions: [], folderVersions: [])
        }
        func versions(of group: String) -> [String] {
            let entry = groups.first { $0["name"]?.stringValue == group }
            return entry?["versions"]?.arrayValue?.compactMap { $0["version"]?.stringValue } ?? []
        }
        return GrafanaAPIs(version: health.version, dashboardVersions: versions(of: GrafanaAPIs.dashboardGroup),
                           folderVersions: versions(of: GrafanaAPIs.folderGroup))
    }
}
