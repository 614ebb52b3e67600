import Foundation
import GraftJSON

/// `GET /api/search` (notes §2): folders before dashboards, then by lower-case title.
/// GUESS: several `tag` parameters must all match.
extension GrafanaEmulatorState {
    func search(_ request: HTTPServerRequest, by account: EmulatedAccount) -> HTTPServerResponse {
        let folderUIDs = request.queryValues("folderUIDs")
        if !request.queryValues("folderIds").isEmpty, !folderUIDs.isEmpty {
            return GrafanaReply.error(400, "search supports UIDs or IDs, not both")
        }
        let limit = Int(request.queryValue("limit") ?? "") ?? 1000
        if limit > 5000 {
            return GrafanaReply.error(422, "Limit is above maximum allowed (5000), use page parameter to access hits beyond limit")
        }
        let page = max(1, Int(request.queryValue("page") ?? "") ?? 1)
        let query = (request.queryValue("query") ?? "").lowercased()
        let tags = request.queryValues("tag")
        let type = request.queryValue("type")
        let dashboardUIDs = request.queryValues("dashboardUIDs") + request.queryValues("dashboardUID")

        var hits: [(isFolder: Bool, title: String, json: JSONObject)] = []
        if type == nil || type == "dash-folder", tags.isEmpty, dashboardUIDs.isEmpty {
            for folder in folders.values where query.isEmpty || folder.title.lowercased().contains(query) {
                if !folderUIDs.isEmpty, !folderUIDs.contains(folder.parentUID ?? "") { continue }
                hits.append((true, folder.title, hit(id: folder.id, uid: folder.uid, title: folder.title, url: folderURL(folder),
                                                     type: "dash-folder", tags: [], folder: folder.parentUID.flatMap { folders[$0] })))
            }
        }
        if type == nil || type == "dash-db" {
            for dashboard in dashboards.values {
                let dashboardTags = dashboard.data["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
                guard query.isEmpty || dashboard.title.lowercased().contains(query),
                      tags.allSatisfy(dashboardTags.contains),
                      dashboardUIDs.isEmpty || dashboardUIDs.contains(dashboard.uid),
                      folderUIDs.isEmpty || folderUIDs.contains(dashboard.folderUID)
                else { continue }
                let slug = GrafanaIdentifiers.slug(dashboard.title)
                hits.append((false, dashboard.title, hit(id: dashboard.id, uid: dashboard.uid, title: dashboard.title,
                                                         url: "/d/\(dashboard.uid)/\(slug)", type: "dash-db", tags: dashboardTags,
                                                         folder: folders[dashboard.folderUID])))
            }
        }
        switch request.queryValue("sort") {
        case "alpha-asc": hits.sort { $0.title.lowercased() < $1.title.lowercased() }
        case "alpha-desc": hits.sort { $0.title.lowercased() > $1.title.lowercased() }
        default: hits.sort { ($0.isFolder ? 0 : 1, $0.title.lowercased()) < ($1.isFolder ? 0 : 1, $1.title.lowercased()) }
        }
        let pageHits = hits.dropFirst((page - 1) * limit).prefix(limit)
        return .json(200, .array(pageHits.map { .object($0.json) }))
    }

    /// A search `Hit`; the folder members are left out at the root (`omitempty`).
    private func hit(id: Int, uid: String, title: String, url: String, type: String, tags: [String], folder: EmulatedFolder?) -> JSONObject {
        let slug = GrafanaIdentifiers.slug(title)
        var json: JSONObject = [
            "id": .int(id), "uid": .string(uid), "title": .string(title), "uri": .string("db/\(slug)"), "url": .string(url),
            "slug": .string(slug), "type": .string(type), "tags": .array(tags.map { .string($0) }), "isStarred": false, "sortMeta": 0,
        ]
        if let folder {
            json["folderId"] = .int(folder.id)
            json["folderUid"] = .string(folder.uid)
            json["folderTitle"] = .string(folder.title)
            json["folderUrl"] = .string(folderURL(folder))
        }
        return json
    }
}
