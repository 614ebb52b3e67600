import Foundation
import GraftJSON

/// An emulator of the Higress console's dashboard settings (notes §9): `GET`/`PUT
/// /dashboard/info?type=MAIN|AI|LOG` behind basic auth, answers in the `{"success","message","data"}`
/// envelope, failures as `"<ExceptionClass>: <message>"` with the aspect's status codes.
public final class HigressConsoleEmulator: Sendable {
    private struct State: Sendable {
        var user: String
        var password: String
        /// Built-in (o11y) mode: the console runs its own Grafana and refuses manual URLs.
        var builtIn = false
        /// The ConfigMap `higress-console`'s keys `dashboard.url`, `dashboard.url.ai`, `dashboard.url.log`.
        var urls: [String: String] = [:]
        var requestLog: [String] = []
    }

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
            guard request.path == "/dashboard/info", request.method == "GET" || request.method == "PUT" else {
                return failure(404, "NotFoundException: \(request.method) \(request.path)")
            }
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
