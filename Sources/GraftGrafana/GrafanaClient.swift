import Foundation
import GraftHTTP
import GraftJSON
import GraftURL

/// Grafana's HTTP API: health, folders, datasources, dashboards, versions, search.
///
/// Every method throws `APIError` when Grafana refuses or cannot be reached; lookups return
/// `nil` for 404. Requests are retried as the connection's `RetryPolicy` says.
public struct GrafanaClient: Sendable {
    /// The connection settings it was made with.
    public let connection: GrafanaConnection
    let service: HTTPService

    /// A client for `connection`.
    public init(_ connection: GrafanaConnection) {
        self.connection = connection
        service = HTTPService(connection.endpoint, headers: connection.organizationID.map { [("X-Grafana-Org-Id", String($0))] } ?? [])
    }

    // MARK: Health

    /// `GET /api/health`: whether Grafana and its database are up (no credentials needed).
    public func health() async throws -> GrafanaHealth {
        let request = HTTPRequest(method: "GET", path: ["api", "health"], action: "checking its health", maximumResponseSize: HTTPRequest.smallAnswer)
        // 503 is an answer here: Grafana is up, its database is not.
        let response = try await service.send(request, accepting: [503])
        guard let json = try? JSONParser.parse(response.body), json.objectValue != nil else {
            throw service.invalidResponse("expected a JSON object", request)
        }
        return GrafanaHealth(database: json["database"]?.stringValue ?? "unknown", version: json["version"]?.stringValue,
                             commit: json["commit"]?.stringValue)
    }

    // MARK: Dashboards

    /// `GET /api/dashboards/uid/:uid`: the dashboard as it is now, or `nil` when there is none.
    public func dashboard(uid: String) async throws -> LiveDashboard? {
        let request = HTTPRequest(method: "GET", path: ["api", "dashboards", "uid", uid], action: "reading dashboard \(uid)")
        guard let json = try await object(request, accepting: [404]) else { return nil }
        guard let model = json["dashboard"], model.objectValue != nil, let meta = json["meta"]?.objectValue else {
            throw service.invalidResponse("no dashboard and meta objects", request)
        }
        return LiveDashboard(model: model, version: meta["version"]?.numberValue?.intValue ?? model["version"]?.numberValue?.intValue ?? 0,
                             folderUID: meta["folderUid"]?.stringValue ?? "", updatedBy: meta["updatedBy"]?.stringValue,
                             updated: meta["updated"]?.stringValue, url: meta["url"]?.stringValue)
    }

    /// `POST /api/dashboards/db`: creates or updates a dashboard. A stale `version` without
    /// `overwrite` fails with 412 (or 409 on the newest Grafana): see `APIError.isVersionConflict`.
    public func saveDashboard(_ save: DashboardSave) async throws -> SavedDashboard {
        let uid = save.dashboard["uid"]?.stringValue ?? ""
        let into = save.folderUID.isEmpty ? "" : " into folder \(save.folderUID)"
        let body: JSON = ["dashboard": save.dashboard, "folderUid": .string(save.folderUID), "message": .string(save.message),
                          "overwrite": .bool(save.overwrite)]
        let request = HTTPRequest(method: "POST", path: ["api", "dashboards", "db"], body: body,
                                     action: "saving dashboard \(uid.isEmpty ? "(new)" : uid)\(into)", maximumResponseSize: HTTPRequest.smallAnswer)
        let json = try await object(request)!
        guard let savedUID = json["uid"]?.stringValue, let version = json["version"]?.numberValue?.intValue,
              let url = json["url"]?.stringValue
        else { throw service.invalidResponse("no uid, version and url in the answer", request) }
        return SavedDashboard(uid: savedUID, version: version, url: url)
    }

    /// `DELETE /api/dashboards/uid/:uid`; `false` when there was no such dashboard.
    @discardableResult
    public func deleteDashboard(uid: String) async throws -> Bool {
        let request = HTTPRequest(method: "DELETE", path: ["api", "dashboards", "uid", uid], action: "deleting dashboard \(uid)",
                                  maximumResponseSize: HTTPRequest.smallAnswer)
        return try await service.send(request, accepting: [404]).status != 404
    }

    /// `GET /api/dashboards/uid/:uid/versions`: the newest `limit` versions, newest first
    /// (both the older array answer and the newest `{"versions": [...]}` one are read).
    public func versions(uid: String, limit: Int = 10) async throws -> [DashboardVersion] {
        let request = HTTPRequest(method: "GET", path: ["api", "dashboards", "uid", uid, "versions"],
                                     query: [URLQueryItem(name: "limit", value: String(limit))],
                                     action: "reading the versions of dashboard \(uid)")
        let json = try await service.json(request)!
        guard let items = json.arrayValue ?? json["versions"]?.arrayValue else {
            throw service.invalidResponse("no list of versions", request)
        }
        return items.compactMap { item in
            guard let version = item["version"]?.numberValue?.intValue else { return nil }
            return DashboardVersion(version: version, message: item["message"]?.stringValue ?? "",
                                    createdBy: item["createdBy"]?.stringValue, created: item["created"]?.stringValue)
        }.sorted { $0.version > $1.version }
    }

    /// `GET /api/search`.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        var items: [URLQueryItem] = []
        if let text = query.query { items.append(URLQueryItem(name: "query", value: text)) }
        items += query.tags.map { URLQueryItem(name: "tag", value: $0) }
        if let type = query.type { items.append(URLQueryItem(name: "type", value: type)) }
        items += query.dashboardUIDs.map { URLQueryItem(name: "dashboardUIDs", value: $0) }
        items += query.folderUIDs.map { URLQueryItem(name: "folderUIDs", value: $0) }
        if let limit = query.limit { items.append(URLQueryItem(name: "limit", value: String(limit))) }
        if let page = query.page { items.append(URLQueryItem(name: "page", value: String(page))) }
        let request = HTTPRequest(method: "GET", path: ["api", "search"], query: items, action: "searching dashboards")
        guard let hits = try await service.json(request)?.arrayValue else { throw service.invalidResponse("no list of hits", request) }
        return hits.compactMap { hit in
            guard let uid = hit["uid"]?.stringValue else { return nil }
            return SearchHit(uid: uid, title: hit["title"]?.stringValue ?? "", type: hit["type"]?.stringValue ?? "",
                             url: hit["url"]?.stringValue ?? "", folderUID: hit["folderUid"]?.stringValue,
                             tags: hit["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
    }

    /// `GET /api/search` page by page (`query`'s limit, 1000 by default) until a page is not full;
    /// more than `ListingBound.maximumObjects` hits is an error naming the request.
    public func searchAll(_ query: SearchQuery) async throws -> [SearchHit] {
        var query = query
        let limit = query.limit ?? 1000
        query.limit = limit
        var hits: [SearchHit] = []
        for page in 1... {
            query.page = page
            let batch = try await search(query)
            hits += batch
            guard hits.count <= ListingBound.maximumObjects else {
                throw service.invalidResponse(ListingBound.tooManyReason(hits.count, pages: page),
                                              HTTPRequest(method: "GET", path: ["api", "search"], action: "searching dashboards"))
            }
            if batch.count < limit { break }
        }
        return hits
    }

    // MARK: Folders

    /// `GET /api/folders/:uid`, or `nil` when there is none.
    public func folder(uid: String) async throws -> GrafanaFolder? {
        let request = HTTPRequest(method: "GET", path: ["api", "folders", uid], action: "reading folder \(uid)",
                                  maximumResponseSize: HTTPRequest.smallAnswer)
        return try await object(request, accepting: [404]).map { try folder(from: $0, request) }
    }

    /// `POST /api/folders`: a folder with this uid and title, nested in `parentUID` when given.
    public func createFolder(uid: String, title: String, parentUID: String? = nil) async throws -> GrafanaFolder {
        var body: JSONObject = ["uid": .string(uid), "title": .string(title)]
        if let parentUID { body["parentUid"] = .string(parentUID) }
        let request = HTTPRequest(method: "POST", path: ["api", "folders"], body: .object(body),
                                     action: "creating folder \"\(title)\" (uid \(uid))", maximumResponseSize: HTTPRequest.smallAnswer)
        return try folder(from: try await object(request)!, request)
    }

    private func folder(from json: JSONObject, _ request: HTTPRequest) throws -> GrafanaFolder {
        guard let uid = json["uid"]?.stringValue else { throw service.invalidResponse("no folder uid", request) }
        return GrafanaFolder(uid: uid, title: json["title"]?.stringValue ?? "", parentUID: json["parentUid"]?.stringValue)
    }

    // MARK: Datasources

    /// `GET /api/datasources`.
    public func datasources() async throws -> [GrafanaDatasource] {
        let request = HTTPRequest(method: "GET", path: ["api", "datasources"], action: "listing datasources")
        guard let items = try await service.json(request)?.arrayValue else { throw service.invalidResponse("no list of datasources", request) }
        return try items.map { try datasource(from: $0.objectValue ?? [:], request) }
    }

    /// `GET /api/datasources/name/:name`, or `nil` when there is none.
    public func datasource(named name: String) async throws -> GrafanaDatasource? {
        let request = HTTPRequest(method: "GET", path: ["api", "datasources", "name", name], action: "reading datasource \"\(name)\"",
                                  maximumResponseSize: HTTPRequest.smallAnswer)
        return try await object(request, accepting: [404]).map { try datasource(from: $0, request) }
    }

    /// `POST /api/datasources`: a proxied datasource of plugin `type` reading `url`.
    public func createDatasource(name: String, type: String, url: String) async throws -> GrafanaDatasource {
        let body: JSON = ["name": .string(name), "type": .string(type), "url": .string(url), "access": "proxy"]
        let request = HTTPRequest(method: "POST", path: ["api", "datasources"], body: body,
                                     action: "creating datasource \"\(name)\" (\(type), \(MessageText.maskingUserInfo(url)))", maximumResponseSize: HTTPRequest.smallAnswer)
        guard let created = try await object(request)?["datasource"]?.objectValue else {
            throw service.invalidResponse("no datasource in the answer", request)
        }
        return try datasource(from: created, request)
    }

    private func datasource(from json: JSONObject, _ request: HTTPRequest) throws -> GrafanaDatasource {
        guard let uid = json["uid"]?.stringValue, let name = json["name"]?.stringValue, let type = json["type"]?.stringValue else {
            throw service.invalidResponse("a datasource without uid, name or type", request)
        }
        return GrafanaDatasource(uid: uid, name: name, type: type, url: json["url"]?.stringValue ?? "")
    }

    // MARK: Helpers

    /// Sends `request` and reads an object answer; `nil` for a status in `accepting`.
    private func object(_ request: HTTPRequest, accepting: Set<Int> = []) async throws -> JSONObject? {
        guard let json = try await service.json(request, accepting: accepting) else { return nil }
        guard let object = json.objectValue else { throw service.invalidResponse("expected a JSON object", request) }
        return object
    }

    /// `path` (`/d/x/y`, as Grafana gives it) as an absolute URL under the base URL. Grafana's
    /// paths already hold its sub-path (`/grafana/d/...`), so that is not added twice.
    public func absoluteURL(_ path: String) -> URL? {
        var components = URLComponents(url: connection.baseURL, resolvingAgainstBaseURL: false)!
        let prefix = components.percentEncodedPath
        components.percentEncodedPath = ""
        guard let origin = components.url?.absoluteString else { return nil }
        let full = prefix.isEmpty || path.hasPrefix(prefix + "/") ? path : prefix + path
        return URL(string: origin + (full.hasPrefix("/") ? full : "/" + full))
    }
}
