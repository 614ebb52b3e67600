import Foundation
import GraftJSON

/// An emulator of the Higress console's API (notes §9 and higress-console's controllers), behind basic
/// auth, answering in the `{"success","message","data"}` envelope, failures as `"<ExceptionClass>: <message>"`
/// with the aspect's status codes:
///
/// - `GET`/`PUT /dashboard/info?type=MAIN|AI|LOG` (DashboardController): the three dashboard URLs;
/// - `GET /v1/ai/routes` (AiRoutesController): the AI routes, paginated (`total`, `pageNum`, `pageSize`);
/// - `GET`/`PUT /v1/routes/{route}/plugin-instances/{plugin}` (WasmPluginInstancesController): a route's
///   plugin instance. An unknown route or plugin is a `ValidationException` (400); a route without an
///   instance answers a disabled one without configuration; a body's `pluginName` must match the URL's;
///   `rawConfigurations` is read when `configurations` is absent.
///
/// Each AI route `name` is served by the route `ai-route-<name>.internal`, on which the console enables
/// ai-statistics with `{use_default_response_attributes: true}` when it creates the AI route
/// (`AI_ROUTE_AUTO_ENABLE_AI_STATS`).
public final class HigressConsoleEmulator: Sendable {
    /// A plugin instance on a route: on or off, its configuration, its resource version.
    public struct PluginInstance: Sendable, Hashable {
        /// Whether it is on.
        public var enabled: Bool
        /// Its configuration.
        public var configurations: JSONObject?
        /// The version the console reports, raised by each write.
        public var version: Int
    }

    private struct State: Sendable {
        var user: String
        var password: String
        /// Built-in (o11y) mode: the console runs its own Grafana and refuses manual URLs.
        var builtIn = false
        /// The ConfigMap `higress-console`'s keys `dashboard.url`, `dashboard.url.ai`, `dashboard.url.log`.
        var urls: [String: String] = [:]
        /// The AI routes, in the order they were added.
        var aiRoutes: [String] = []
        /// Every route the console knows (AI routes' own included).
        var routes: Set<String> = []
        /// The instances by route, then by plugin.
        var instances: [String: [String: PluginInstance]] = [:]
        var requestLog: [String] = []
    }

    /// The plugins the console offers instances of (its built-in plugin specs, in part).
    public static let plugins: Set<String> = ["ai-statistics", "ai-proxy", "ai-cache", "key-auth", "basic-auth", "request-block"]

    private let state: LockedState<State>
    private let server: HTTPTestServer

    /// Starts a console whose admin signs in as `user`/`password`.
    public init(user: String = "admin", password: String = "admin") throws {
        let state = LockedState(State(user: user, password: password))
        self.state = state
        server = try HTTPTestServer { request in .respond(HigressConsoleEmulator.handle(request, state: state)) }
    }

    /// Where it listens.
    public var baseURL: URL { server.baseURL }

    /// Stops listening.
    public func stop() { server.stop() }

    /// Switches built-in (o11y) mode on or off, as the helm values would.
    public func setBuiltIn(_ builtIn: Bool) { state.withLock { $0.builtIn = builtIn } }

    /// The stored URL for dashboard type `type` (`MAIN`, `AI`, `LOG`).
    public func storedURL(type: String) -> String? {
        state.withLock { $0.urls[HigressConsoleEmulator.configKey(type.uppercased()) ?? ""] }
    }

    /// Adds the AI route `name`, with its route `ai-route-<name>.internal` and ai-statistics on it, as the console creates them.
    public func addAIRoute(_ name: String) {
        state.withLock { state in
            let route = "ai-route-\(name).internal"
            state.aiRoutes.append(name)
            state.routes.insert(route)
            state.instances[route, default: [:]]["ai-statistics"] = PluginInstance(
                enabled: true, configurations: ["use_default_response_attributes": true], version: 1)
        }
    }

    /// Adds a plain route.
    public func addRoute(_ name: String) { state.withLock { _ = $0.routes.insert(name) } }

    /// The instance of `plugin` on `route`, as stored.
    public func pluginInstance(_ plugin: String, route: String) -> PluginInstance? {
        state.withLock { $0.instances[route]?[plugin] }
    }

    /// `METHOD path?query` of every request received.
    public var requests: [String] { state.withLock { $0.requestLog } }

    /// The ConfigMap key of a dashboard type, `nil` for an unknown type.
    private static func configKey(_ type: String) -> String? {
        ["MAIN": "dashboard.url", "AI": "dashboard.url.ai", "LOG": "dashboard.url.log"][type]
    }

    private static func handle(_ request: HTTPServerRequest, state: LockedState<State>) -> HTTPServerResponse {
        state.withLock { state in
            state.requestLog.append("\(request.method) \(request.target)")
            // GUESS: the AuthException's wording; the notes give only the 401.
            guard authorized(request, state) else { return failure(401, "AuthException: Not logged in.") }
            let segments = request.pathSegments
            switch (request.method, segments.count) {
            case ("GET", _) where request.path == "/dashboard/info", ("PUT", _) where request.path == "/dashboard/info":
                return dashboardInfo(request, &state)
            case ("GET", 3) where segments == ["v1", "ai", "routes"]:
                let routes: [JSON] = state.aiRoutes.map { ["name": .string($0), "version": "1", "domains": [], "upstreams": []] }
                return .json(200, ["success": true, "message": nil, "data": .array(routes), "total": .int(routes.count), "pageNum": 0,
                                   "pageSize": .int(routes.count)])
            case ("GET", 5) where isPluginInstance(segments), ("PUT", 5) where isPluginInstance(segments):
                return pluginInstance(request, route: segments[2], plugin: segments[4], &state)
            default:
                return failure(404, "NotFoundException: \(request.method) \(request.path)")
            }
        }
    }

    /// Whether `segments` is `/v1/routes/{route}/plugin-instances/{plugin}`.
    private static func isPluginInstance(_ segments: [String]) -> Bool {
        segments.count == 5 && segments[0] == "v1" && segments[1] == "routes" && segments[3] == "plugin-instances"
    }

    private static func dashboardInfo(_ request: HTTPServerRequest, _ state: inout State) -> HTTPServerResponse {
        let type = (request.queryValue("type") ?? "MAIN").uppercased()
        guard let key = configKey(type) else {
            return failure(400, "ValidationException: Unknown dashboard type: \(request.queryValue("type") ?? "")")
        }
        if request.method == "PUT" {
            let url = request.jsonBody?["url"]?.stringValue ?? ""
            if url.isEmpty { return failure(400, "ValidationException: Missing required parameter: url") }
            if state.builtIn { return failure(500, "IllegalStateException: Manual dashboard configuration is disabled.") }
            state.urls[key] = url
        }
        let info: JSON = state.builtIn
            ? ["builtIn": true, "uid": .string("higress-\(type.lowercased())"), "url": .string("/grafana/d/higress-\(type.lowercased())/higress")]
            : ["builtIn": false, "uid": nil, "url": state.urls[key].map { .string($0) } ?? .null]
        return .json(200, ["success": true, "message": nil, "data": info])
    }

    private static func pluginInstance(_ request: HTTPServerRequest, route: String, plugin: String, _ state: inout State) -> HTTPServerResponse {
        guard state.routes.contains(route) else { return failure(400, "ValidationException: Unknown route: \(route)") }
        if request.method == "PUT" {
            guard let body = request.jsonBody?.objectValue else { return failure(400, "HttpMessageNotReadableException: Required request body is missing") }
            if let name = body["pluginName"]?.stringValue, !name.isEmpty, name != plugin {
                return failure(400, "ValidationException: Plugin name in the URL doesn't match the one in the body.")
            }
            if body["internal"]?.boolValue == true {
                return failure(400, "ValidationException: Updating an internal Wasm plugin instance is not allowed.")
            }
            guard plugins.contains(plugin) else { return failure(400, "ValidationException: Unsupported plugin: \(plugin)") }
            var configurations = body["configurations"]?.objectValue
            if configurations == nil, let raw = body["rawConfigurations"]?.stringValue, !raw.isEmpty {
                // The console reads YAML; the emulator reads the JSON form of it only.
                guard let parsed = (try? JSONParser.parse(Array(raw.utf8)))?.objectValue else {
                    return failure(400, "ValidationException: Error occurs when parsing raw configurations: \(raw)")
                }
                configurations = parsed
            }
            let version = (state.instances[route]?[plugin]?.version ?? 0) + 1
            state.instances[route, default: [:]][plugin] = PluginInstance(enabled: body["enabled"]?.boolValue ?? false,
                                                                          configurations: configurations, version: version)
        }
        var data: JSONObject = ["scope": "ROUTE", "target": .string(route), "targets": ["ROUTE": .string(route)], "pluginName": .string(plugin),
                                "internal": false]
        if let instance = state.instances[route]?[plugin] {
            data["version"] = .string(String(instance.version))
            data["pluginVersion"] = "1.0.0"
            data["enabled"] = .bool(instance.enabled)
            data["configurations"] = instance.configurations.map(JSON.object) ?? .null
        } else {
            data["enabled"] = false
        }
        return .json(200, ["success": true, "message": nil, "data": .object(data)])
    }

    private static func authorized(_ request: HTTPServerRequest, _ state: State) -> Bool {
        guard let header = request.header("Authorization"), header.hasPrefix("Basic "),
              let data = Data(base64Encoded: String(header.dropFirst("Basic ".count))),
              let pair = String(data: data, encoding: .utf8)
        else { return false }
        return pair == "\(state.user):\(state.password)"
    }

    private static func failure(_ status: Int, _ message: String) -> HTTPServerResponse {
        .json(status, ["success": false, "message": .string(message)])
    }
}
