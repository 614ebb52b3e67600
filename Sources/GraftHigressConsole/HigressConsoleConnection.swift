import Foundation
import GraftHTTP
import GraftJSON

/// Where the Higress console is and how Graft signs in (HTTP basic auth, as the console accepts it).
public struct HigressConsoleConnection: ServiceConnection {
    /// URL, credentials, TLS, timeouts, retries and answer size; read as the connection's own fields.
    public var endpoint: ServiceEndpoint

    /// A connection to the console at `baseURL` as `user`. A 500 is never retried, whatever `retry`
    /// says: the console's aspect answers 500 for every exception it maps to no other status, lasting
    /// ones included (IllegalStateException while it runs its own Grafana).
    public init(baseURL: URL, user: String, password: String, tls: TLSOptions = .system,
                requestTimeout: Duration = .seconds(30), retry: RetryPolicy = .standard,
                maximumResponseSize: Int = ServiceEndpoint.defaultMaximumResponseSize) throws {
        var retry = retry
        retry.retriedStatuses.remove(500)
        endpoint = try ServiceEndpoint(service: "the Higress console", baseURL: baseURL, credentials: .basic(user: user, password: password),
                                       tls: tls, requestTimeout: requestTimeout, retry: retry, maximumResponseSize: maximumResponseSize)
    }

    /// Environment variables the console connection falls back to.
    public struct EnvironmentVariable: StringConstant {
        /// The variable's name.
        public let rawValue: String
        /// A variable from its name.
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
                               tls: TLSOptions = .system, requestTimeout: Duration = .seconds(30)) throws -> HigressConsoleConnection {
        let url = Setting(url, flag: "--higress-console", variable: EnvironmentVariable.url.rawValue)
        let user = Setting(user, flag: "--console-user", variable: EnvironmentVariable.user.rawValue)
        let password = Setting(password, flag: "--console-password", variable: EnvironmentVariable.password.rawValue)
        guard let text = url.resolve(in: environment), let parsed = URL(string: text) else {
            throw ConfigurationError("No valid Higress console URL was given: pass \(url.flag) or set \(url.variable).")
        }
        guard let user = user.resolve(in: environment), let password = password.resolve(in: environment) else {
            throw ConfigurationError("The Higress console needs a user and password: pass \(user.flag) and \(password.flag) or set \(user.variable) and \(password.variable).")
        }
        return try HigressConsoleConnection(baseURL: parsed, user: user, password: password, tls: tls, requestTimeout: requestTimeout)
    }
}
