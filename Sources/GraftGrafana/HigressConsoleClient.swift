import GraftHigress
import Foundation
import GraftJSON
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Where the Higress console is and how Graft signs in (HTTP basic auth, as the console accepts it).
public struct HigressConsoleConnection: ServiceConnection {
    /// The console's root URL, never with credentials in it.
    public private(set) var baseURL: URL
    /// Basic-auth credentials of a console user.
    public var credentials: Credentials
    /// Certificate checking.
    public var tls: TLSOptions
    /// How long one attempt may take.
    public var requestTimeout: Duration
    /// Retries of failed attempts.
    public var retry: RetryPolicy

    /// A connection to the console at `baseURL` as `user`.
    public init(baseURL: URL, user: String, password: String, tls: TLSOptions = .system,
                requestTimeout: Duration = .seconds(30), retry: RetryPolicy = .standard) throws {
        self.baseURL = try ServiceURL.clean(baseURL, what: "The Higress console URL").0
        credentials = .basic(user: user, password: password)
        try tls.validate()
        self.tls = tls
        self.requestTimeout = requestTimeout
        self.retry = retry
    }

    /// Environment variables the console connection falls back to.
    public struct EnvironmentVariable: StringConstant {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// The console's URL.
        public static let url: EnvironmentVariable = "HIGRESS_CONSOLE_URL"
        /// A console user.
        public static let user: EnvironmentVariable = "HIGRESS_CONSOLE_USER"
        /// That user's password.
        public static let password: EnvironmentVariable = "HIGRESS_CONSOLE_PASSWORD"
    }

    /// The connection from flags, each falling back to its environment variable.
    public static func resolve(url: String?, user: String?, password: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               tls: TLSOptions = .system) throws -> HigressConsoleConnection {
        func env(_ variable: EnvironmentVariable) -> String? { environment[variable.rawValue].flatMap { $0.isEmpty ? nil : $0 } }
        guard let text = url ?? env(.url), let parsed = URL(string: text) else {
            throw ConfigurationError("No valid Higress console URL was given: pass --console-url or set \(EnvironmentVariable.url).")
        }
        guard let user = user ?? env(.user), let password = password ?? env(.password) else {
            throw ConfigurationError("The Higress console needs a user and password: pass --console-user and --console-password or set \(EnvironmentVariable.user) and \(EnvironmentVariable.password).")
        }
        return try HigressConsoleConnection(baseURL: parsed, user: user, password: password, tls: tls)
    }
}

/// What the console says about one dashboard slot.
public struct ConsoleDashboardInfo: Sendable, Hashable {
    /// Whether the console runs its own Grafana (built-in mode), which refuses manual URLs.
    public var builtIn: Bool
    /// The built-in dashboard's uid.
    public var uid: String?
    /// The dashboard URL the page embeds.
    public var url: String?
}

/// The Higress console's dashboard settings: `GET`/`PUT /dashboard/info?type=MAIN|AI|LOG`.
public struct HigressConsoleClient: Sendable {
    let service: HTTPService

    /// A client for `connection`.
    public init(_ connection: HigressConsoleConnection) {
        service = HTTPService(name: "the Higress console", connection: connection)
    }

    /// The slot's current setting.
    public func dashboardInfo(_ slot: ConsoleSlot) async throws -> ConsoleDashboardInfo {
        try await info(ServiceRequest(method: "GET", path: ["dashboard", "info"], query: [URLQueryItem(name: "type", value: slot.rawValue)],
                                      action: "reading the \(slot) dashboard setting"))
    }

    /// Sets the URL the slot's page embeds; returns the setting as the console now has it. The
    /// console's backend takes any length; its form (256 characters) is checked by the caller.
    public func setDashboardURL(_ url: String, for slot: ConsoleSlot) async throws -> ConsoleDashboardInfo {
        try await info(ServiceRequest(method: "PUT", path: ["dashboard", "info"], query: [URLQueryItem(name: "type", value: slot.rawValue)],
                                            body: ["url": .string(url)], action: "setting the \(slot) dashboard URL"))
    }

    /// Sends `request` and unwraps the `{"success","message","data"}` envelope.
    private func info(_ request: ServiceRequest) async throws -> ConsoleDashboardInfo {
        guard let envelope = try await service.json(request), envelope["success"]?.boolValue == true,
              let data = envelope["data"]?.objectValue
        else { throw service.invalidResponse("no successful answer with data", request) }
        return ConsoleDashboardInfo(builtIn: data["builtIn"]?.boolValue ?? false, uid: data["uid"]?.stringValue, url: data["url"]?.stringValue)
    }
}
