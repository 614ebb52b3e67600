import Foundation
import GraftJSON

/// An emulator of Grafana's HTTP API (dashboards, folders, datasources, search, versions, health,
/// auth), faithful to /work/shared/notes/grafana-api-and-higress-console.md rather than to any client.
///
/// It listens on 127.0.0.1; tests point a client at `baseURL`. Faults (`FaultInjection`) strike before
/// a request touches any state or, for the kinds that lose an answer, after it was handled; every
/// request is logged so tests can count writes.
public final class GrafanaEmulator: Sendable {
    /// A Grafana organisation role.
    public enum Role: String, Sendable, Comparable {
        /// Reads dashboards and folders.
        case viewer = "Viewer"
        /// Also saves dashboards and folders, and lists datasources.
        case editor = "Editor"
        /// Also manages datasources.
        case admin = "Admin"

        public static func < (lhs: Role, rhs: Role) -> Bool {
            let order: [Role] = [.viewer, .editor, .admin]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// How `POST /api/dashboards/db` answers a stale or missing `version`.
    public enum SaveRouting: Sendable {
        /// The classic store: 412 `version-mismatch`.
        case classic
        /// The newest handler that routes through the k8s dashboard API: 409 "Dashboard already exists...".
        case kubernetes
    }

    /// The shape of the versions list.
    public enum VersionsFormat: Sendable {
        /// Older Grafana: a JSON array.
        case array
        /// Newest Grafana: `{"versions": [...], "continueToken": ""}`.
        case paged
    }

    /// How the emulator behaves.
    public struct Options: Sendable {
        /// What `/api/health` reports as `version`.
        public var grafanaVersion = "11.2.0"
        /// 412 or 409 on version conflicts.
        public var saveRouting = SaveRouting.classic
        /// The versions list's shape.
        public var versionsFormat = VersionsFormat.array
        /// Added before every reply.
        public var latency = Duration.zero
        /// Faults, or `nil` for none.
        public var faults: FaultInjection?
        /// Whether the database is up (`/api/health` says `failing` with 503 when not).
        public var databaseHealthy = true
        /// Deepest folder nesting allowed.
        public var maximumFolderDepth = 8
        /// Seed for generated uids.
        public var seed: UInt64 = 1
        /// The app-platform API (`/apis`) of Grafana 12/13, or `nil` for a release without
        /// `dashboard.grafana.app` and `folder.grafana.app` (11.x): see `Options.release(_:)`.
        public var appPlatform: AppPlatform?
        /// The namespace of the organisation the accounts belong to: `default` for org 1,
        /// `org-<id>` for another, `stacks-<id>` on Grafana Cloud.
        public var namespace = "default"

        /// The defaults: classic saves, no faults, no latency.
        public init() {}
    }

    /// One request as the emulator received it, faulted or not.
    public struct RecordedRequest: Sendable, Hashable {
        /// The method.
        public var method: String
        /// The decoded path, without the query.
        public var path: String
        /// The fault injected instead of its answer, if any (`afterHandling` and `truncatedAnswer` ones were handled first).
        public var fault: FaultInjection.Fault?
        /// Whether it got an injected fault.
        public var faulted: Bool { fault != nil }
        /// Whether it asked for a server-side dry run (`?dryRun=All`): validated, never stored.
        public var dryRun: Bool = false
        /// Whether the method writes (`POST`, `PUT`, `PATCH`, `DELETE`).
        public var isWrite: Bool { ["POST", "PUT", "PATCH", "DELETE"].contains(method) }
    }

    let state: LockedState<GrafanaEmulatorState>
    private let server: HTTPTestServer

    /// Starts an emulator with user `admin`/`admin` (Grafana's default) and no other account.
    public init(options: Options = Options()) throws {
        let state = LockedState(GrafanaEmulatorState(options: options))
        self.state = state
        server = try HTTPTestServer { request in GrafanaEmulator.handle(request, state: state) }
        addUser(login: "admin", password: "admin", role: .admin)
    }

    /// Where it listens: `http://127.0.0.1:<port>`.
    public var baseURL: URL { server.baseURL }

    /// Stops listening and closes open connections.
    public func stop() { server.stop() }

    // MARK: Accounts and switches

    /// Adds a service account token with a role; its saves are recorded as `sa-<name>`.
    public func addServiceAccountToken(_ token: String, role: Role, name: String = "graft") {
        state.withLock { state in
            state.tokens[token] = EmulatedAccount(login: "sa-\(name)", role: role, identity: "service-account:" + state.freshUID())
        }
    }

    /// Adds a user who signs in with HTTP basic auth.
    public func addUser(login: String, password: String, role: Role) {
        state.withLock { state in
            state.users[login] = (password, EmulatedAccount(login: login, role: role, identity: "user:" + state.freshUID()))
        }
    }

    /// The identity the app-platform API records for `login` (`user:<uid>`, `service-account:<uid>`).
    public func identity(of login: String) -> String? { state.withLock { $0.account(login: login)?.identity } }

    /// Takes away `login`'s permission to save into folder `uid` (and its dashboards): reads still work.
    public func denyFolderWrite(uid: String, login: String) {
        state.withLock { $0.folderWriteDenied[uid, default: []].insert(login) }
    }

    /// Changes the options (faults, latency, routing...) from now on.
    public func update(_ change: (inout Options) -> Void) {
        state.withLock { change(&$0.options) }
    }

    /// Runs `hook` for every request the emulator handles, just before it does: for tests
    /// that make something happen between a client's requests (a concurrent edit, a deleted folder).
    public func beforeHandling(_ hook: (@Sendable (HTTPServerRequest) -> Void)?) {
        state.withLock { $0.beforeHandling = hook }
    }

    // MARK: Request log

    /// Every request received so far, in order.
    public var requests: [RecordedRequest] { state.withLock { $0.requestLog } }

    /// How many requests were received with this method (any when `nil`) on paths starting with `pathPrefix`.
    public func requestCount(method: String? = nil, pathPrefix: String = "/") -> Int {
        requests.filter { (method == nil || $0.method == method) && $0.path.hasPrefix(pathPrefix) }.count
    }

    /// How many writing requests (`POST`, `PUT`, `PATCH`, `DELETE`) were received, faulted ones included.
    public var writeRequestCount: Int { requests.filter(\.isWrite).count }

    /// Forgets the requests received so far.
    public func resetRequestLog() { state.withLock { $0.requestLog.removeAll() } }

    /// How many requests changed what is stored (a dry run or a refused request changes nothing).
    public var storedChangeCount: Int { state.withLock { $0.storedChanges } }

    // MARK: Direct access to the stored state

    /// The stored dashboard with this uid.
    public func dashboard(uid: String) -> EmulatedDashboard? { state.withLock { $0.dashboards[uid] } }

    /// Every stored dashboard, by uid.
    public var dashboards: [String: EmulatedDashboard] { state.withLock { $0.dashboards } }

    /// Every folder, by uid.
    public var folders: [String: EmulatedFolder] { state.withLock { $0.folders } }

    /// Every datasource.
    public var datasources: [EmulatedDatasource] { state.withLock { $0.datasources } }

    /// Adds a datasource as an admin would; returns its uid.
    @discardableResult
    public func addDatasource(name: String, type: String, url: String, uid: String? = nil) -> String {
        state.withLock { state in
            let uid = uid ?? state.freshUID()
            state.datasources.append(EmulatedDatasource(id: state.takeID(), uid: uid, name: name, type: type, url: url,
                                                        access: "proxy", isDefault: state.datasources.isEmpty, jsonData: [:]))
            return uid
        }
    }

    /// Saves a new version of a dashboard as user `login` would from the UI: `change` edits the model.
    public func editDashboard(uid: String, as login: String, message: String = "", change: (inout JSONObject) -> Void) {
        state.withLock { state in
            guard var dashboard = state.dashboards[uid] else { return }
            change(&dashboard.data)
            // A classic save (the classic UI, or an old release): stored as a classic object again.
            dashboard.v2Spec = nil
            dashboard.storedVersion = "v0alpha1"
            state.storeVersion(of: &dashboard, message: message, by: state.account(login: login) ?? EmulatedAccount(login: login, role: .editor, identity: "user:" + login), restoredFrom: 0)
            state.dashboards[uid] = dashboard
        }
    }

    /// Deletes a folder (and what it holds) as an admin would.
    public func deleteFolder(uid: String) {
        state.withLock { state in
            state.folders[uid] = nil
            state.dashboards = state.dashboards.filter { $0.value.folderUID != uid }
        }
    }

    // MARK: Handling

    private static func handle(_ request: HTTPServerRequest, state: LockedState<GrafanaEmulatorState>) -> HTTPServerReply {
        let (fault, latency, hook) = state.withLock { state in
            let fault = state.options.faults?.next()
            state.requestLog.append(RecordedRequest(method: request.method, path: request.path, fault: fault,
                                                    dryRun: request.queryValue("dryRun") != nil))
            return (fault, state.options.latency, state.beforeHandling)
        }
        let errorBody = { (code: Int) in GrafanaReply.error(code, HTTPServerResponse(status: code).reasonPhrase, traceID: code == 500) }
        guard let fault else {
            hook?(request)
            return .respond(state.withLock { $0.route(request) }, delay: latency)
        }
        var answer = HTTPServerResponse(status: 200)
        if FaultInjection.strikesAfterHandling(fault) {
            hook?(request)
            answer = state.withLock { $0.route(request) }
        }
        return FaultInjection.reply(fault, answer: answer, delay: latency, errorBody: errorBody)
    }
}

extension GrafanaEmulatorState {
    /// Authenticates and dispatches one request.
    mutating func route(_ request: HTTPServerRequest) -> HTTPServerResponse {
        let segments = request.pathSegments
        if segments == ["api", "health"], request.method == "GET" || request.method == "HEAD" { return health() }
        if segments == ["healthz"] { return .text(200, "Ok") }
        let account: EmulatedAccount
        switch authenticate(request) {
        case .success(let found): account = found
        case .failure(let refusal): return refusal.response
        }
        if segments.first == "apis" { return appPlatform(request, by: account, Array(segments.dropFirst())) }
        let rest = Array(segments.dropFirst())
        for route in GrafanaEmulatorState.routes where route.method == request.method {
            if let captures = route.match(rest) { return route.handle(&self, request, account, captures) }
        }
        return GrafanaReply.error(404, "Not found")
    }

    /// One API route: a method and a path under `/api/`, `*` standing for one segment.
    private struct Route: Sendable {
        let method: String
        let pattern: [Substring]
        let handle: @Sendable (inout GrafanaEmulatorState, HTTPServerRequest, EmulatedAccount, [String]) -> HTTPServerResponse

        init(_ method: String, _ pattern: String,
             _ handle: @escaping @Sendable (inout GrafanaEmulatorState, HTTPServerRequest, EmulatedAccount, [String]) -> HTTPServerResponse) {
            self.method = method
            self.pattern = pattern.split(separator: "/")
            self.handle = handle
        }

        /// The segments `*` stands for, or `nil` when the path is not this route's.
        func match(_ segments: [String]) -> [String]? {
            guard segments.count == pattern.count else { return nil }
            var captures: [String] = []
            for (part, segment) in zip(pattern, segments) {
                if part == "*" { captures.append(segment) } else if part != segment { return nil }
            }
            return captures
        }
    }

    private static let routes: [Route] = [
        Route("GET", "search") { state, request, account, _ in state.search(request, by: account) },
        Route("POST", "dashboards/db") { state, request, account, _ in state.saveDashboard(request, by: account) },
        Route("GET", "dashboards/uid/*") { state, _, account, id in state.getDashboard(uid: id[0], by: account) },
        Route("DELETE", "dashboards/uid/*") { state, _, account, id in state.deleteDashboard(uid: id[0], by: account) },
        Route("GET", "dashboards/uid/*/versions") { state, request, _, id in state.listVersions(uid: id[0], request) },
        Route("GET", "dashboards/uid/*/versions/*") { state, _, _, id in state.getVersion(uid: id[0], number: id[1]) },
        Route("GET", "folders") { state, request, _, _ in state.listFolders(request) },
        Route("GET", "folders/*") { state, _, account, id in state.getFolder(uid: id[0], by: account) },
        Route("POST", "folders") { state, request, account, _ in state.createFolder(request, by: account) },
        Route("GET", "datasources") { state, _, account, _ in state.listDatasources(by: account) },
        Route("GET", "datasources/uid/*") { state, _, account, id in state.getDatasource(by: account) { $0.uid == id[0] } },
        Route("GET", "datasources/name/*") { state, _, account, id in state.getDatasource(by: account) { $0.name == id[0] } },
        Route("POST", "datasources") { state, request, account, _ in state.createDatasource(request, by: account) },
        Route("DELETE", "datasources/uid/*") { state, _, account, id in state.deleteDatasource(uid: id[0], by: account) },
    ]

    private func health() -> HTTPServerResponse {
        let healthy = options.databaseHealthy
        // Pretty-printed with two spaces, as Grafana's health handler writes it.
        let body: JSON = ["commit": "0000000", "database": .string(healthy ? "ok" : "failing"), "version": .string(options.grafanaVersion)]
        var response = HTTPServerResponse.json(healthy ? 200 : 503, body)
        response.body = Array(body.formatted(.grafana).utf8)
        return response
    }

    /// A 401 body in the shape Grafana's auth middleware gives (notes §5).
    private struct Refusal: Error { let response: HTTPServerResponse }

    private func authenticate(_ request: HTTPServerRequest) -> Result<EmulatedAccount, Refusal> {
        guard let authorization = request.header("Authorization") else {
            return .failure(Refusal(response: GrafanaReply.errutil(401, "Unauthorized", messageID: "auth.unauthorized")))
        }
        if authorization.hasPrefix("Bearer ") {
            let token = String(authorization.dropFirst("Bearer ".count))
            guard let account = tokens[token] else {
                return .failure(Refusal(response: GrafanaReply.errutil(401, "Invalid API key", messageID: "api-key.invalid")))
            }
            return .success(account)
        }
        if authorization.hasPrefix("Basic "),
           let decoded = Data(base64Encoded: String(authorization.dropFirst("Basic ".count))),
           let pair = String(data: decoded, encoding: .utf8), let colon = pair.firstIndex(of: ":") {
            let login = String(pair[..<colon]), password = String(pair[pair.index(after: colon)...])
            if let user = users[login], user.password == password { return .success(user.account) }
            return .failure(Refusal(response: GrafanaReply.errutil(401, "Invalid username or password", messageID: "password-auth.failed")))
        }
        return .failure(Refusal(response: GrafanaReply.errutil(401, "Unauthorized", messageID: "auth.unauthorized")))
    }
}
