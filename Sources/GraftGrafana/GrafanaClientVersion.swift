import Foundation
import GraftHTTP
import GraftJSON

extension GrafanaClient {
    /// `GET /api/dashboards/uid/:uid/versions/:version`: one saved version with the message it
    /// was saved with, or `nil` when there is none. The list (`versions(uid:limit:)`) shows the
    /// first version's message as "Initial save" and a restore's as "Restored from version N"
    /// (GetDashboardVersions rewrites them; GetDashboardVersion does not), so a check of who saved
    /// a version reads it here.
    public func version(uid: String, number: Int) async throws -> DashboardVersion? {
        let request = HTTPRequest(method: "GET", path: ["api", "dashboards", "uid", uid, "versions", String(number)],
                                  action: "reading version \(number) of dashboard \(uid)")
        // A missing dashboard is a 404; a missing version of one a 500 (GetDashboardVersion), an error here.
        guard let item = try await service.json(request, accepting: [404])?.objectValue else { return nil }
        guard let version = item["version"]?.numberValue?.intValue else { throw service.invalidResponse("no version number", request) }
        return DashboardVersion(version: version, message: item["message"]?.stringValue ?? "",
                                createdBy: item["createdBy"]?.stringValue, created: item["created"]?.stringValue)
    }
}
