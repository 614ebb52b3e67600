import Foundation
import GraftHTTP
import GraftJSON

/// Dashboards and folders through Grafana's app-platform API (12.x, 13.x):
/// `/apis/<group>/<version>/namespaces/<namespace>/<resource>[/<name>]`, at the versions
/// `GrafanaAPIs` found. Lookups return `nil` for 404; every other refusal throws `APIError`
/// (409 `AlreadyExists` on a create, 409 `Conflict` on an update whose `resourceVersion` is stale).
public struct AppPlatformClient: Sendable {
    /// The client whose connection (and namespace) it uses.
    public let client: GrafanaClient
    /// What the server serves.
    public let apis: GrafanaAPIs

    /// A client for the app-platform API `apis` describes; `nil` when the server does not serve it.
    public init?(_ client: GrafanaClient, apis: GrafanaAPIs) {
        guard apis.servesAppPlatform else { return nil }
        self.client = client
        self.apis = apis
    }

    /// The version Graft reads and writes `resource` at.
    public func version(of resource: AppPlatformResource) -> String {
        resource == .dashboards ? apis.classicDashboardVersion! : apis.folderVersion!
    }

    /// The request path; the namespace is checked again here, as a connection's `namespace` may be set directly.
    private func path(_ resource: AppPlatformResource, version: String, name: String? = nil) throws -> [String] {
        let namespace = try AppPlatformNamespace.checked(client.connection.resolvedNamespace, source: "the connection's namespace")
        return ["apis", resource.group, version, "namespaces", namespace, resource.rawValue] + (name.map { [$0] } ?? [])
    }

    private func dryRunQuery(_ dryRun: Bool) -> [URLQueryItem] { dryRun ? [URLQueryItem(name: "dryRun", value: "All")] : [] }

    private func object(_ request: HTTPRequest, accepting: Set<Int> = []) async throws -> AppPlatformObject? {
        guard let json = try await client.service.json(request, accepting: accepting) else { return nil }
        guard let object = AppPlatformObject(json: json) else { throw client.service.invalidResponse("no object with a metadata.name", request) }
        return object
    }

    /// `GET .../<resource>/<name>` at `version` (by default Graft's), or `nil` when there is none.
    public func get(_ resource: AppPlatformResource, name: String, version: String? = nil) async throws -> AppPlatformObject? {
        let version = version ?? self.version(of: resource)
        let request = HTTPRequest(method: "GET", path: try path(resource, version: version, name: name),
                                  action: "reading \(resource.noun) \(name) (\(resource.group)/\(version))")
        return try await object(request, accepting: [404])
    }

    /// `GET .../<resource>?limit=&continue=`: every object, page by page. A `continue` token seen
    /// before ends the listing (a token that does not move, or tokens that go round, would loop
    /// forever); more than `ListingBound.maximumObjects` objects is an error naming the request.
    public func list(_ resource: AppPlatformResource) async throws -> [AppPlatformObject] {
        var items: [AppPlatformObject] = []
        var token = ""
        var seen: Set<String> = []
        var pages = 0
        repeat {
            var query = [URLQueryItem(name: "limit", value: "500")]
            if !token.isEmpty { query.append(URLQueryItem(name: "continue", value: token)) }
            let request = HTTPRequest(method: "GET", path: try path(resource, version: version(of: resource)), query: query,
                                      action: "listing \(resource.rawValue)")
            let json = try await client.service.json(request)
            guard let list = json?["items"]?.arrayValue else { throw client.service.invalidResponse("no list of items", request) }
            items += list.compactMap(AppPlatformObject.init(json:))
            pages += 1
            guard items.count <= ListingBound.maximumObjects else {
                throw client.service.invalidResponse(ListingBound.tooManyReason(items.count, pages: pages), request)
            }
            token = json?["metadata"]?["continue"]?.stringValue ?? ""
        } while !token.isEmpty && seen.insert(token).inserted
        return items
    }

    /// `POST .../<resource>` (`dryRun=All` when `dryRun`): creates `object`, which carries no resourceVersion.
    public func create(_ object: AppPlatformObject, in resource: AppPlatformResource, dryRun: Bool = false) async throws -> AppPlatformObject {
        var body = object
        body.resourceVersion = ""
        let request = HTTPRequest(method: "POST", path: try path(resource, version: version(of: resource)), query: dryRunQuery(dryRun),
                                  body: body.json, action: "\(dryRun ? "checking (dry run) the creation of" : "creating") \(resource.noun) \(object.name)")
        return try await self.object(request)!
    }

    /// `PUT .../<resource>/<name>`: replaces `object`, conditional on its `resourceVersion`.
    public func update(_ object: AppPlatformObject, in resource: AppPlatformResource, dryRun: Bool = false) async throws -> AppPlatformObject {
        let request = HTTPRequest(method: "PUT", path: try path(resource, version: version(of: resource), name: object.name), query: dryRunQuery(dryRun),
                                  body: object.json, action: "\(dryRun ? "checking (dry run) the update of" : "updating") \(resource.noun) \(object.name)")
        return try await self.object(request)!
    }

    /// `DELETE .../<resource>/<name>`; `false` when there was none.
    @discardableResult
    public func delete(_ resource: AppPlatformResource, name: String, dryRun: Bool = false) async throws -> Bool {
        let request = HTTPRequest(method: "DELETE", path: try path(resource, version: version(of: resource), name: name), query: dryRunQuery(dryRun),
                                  action: "\(dryRun ? "checking (dry run) the deletion of" : "deleting") \(resource.noun) \(name)")
        return try await client.service.send(request, accepting: [404]).status != 404
    }
}
