import Foundation
import GraftHTTP
import GraftJSON

/// Where Prometheus is and how Graft talks to it: URL, credentials (a bearer token or basic auth,
/// as a proxy in front of Prometheus asks), TLS, timeouts, retries, answer size.
public struct PrometheusConnection: ServiceConnection {
    /// URL, credentials, TLS, timeouts, retries and answer size; read as the connection's own fields.
    public var endpoint: ServiceEndpoint

    /// A connection to the Prometheus at `baseURL`; credentials written into the URL are used for
    /// basic auth when no other credentials are given.
    public init(baseURL: URL, credentials: Credentials = .none, tls: TLSOptions = .system, requestTimeout: Duration = .seconds(30),
                retry: RetryPolicy = .standard, maximumResponseSize: Int = ServiceEndpoint.defaultMaximumResponseSize) throws {
        endpoint = try ServiceEndpoint(service: "Prometheus", baseURL: baseURL, credentials: credentials, tls: tls,
                                       requestTimeout: requestTimeout, retry: retry, maximumResponseSize: maximumResponseSize)
    }

    /// Environment variables the connection falls back to.
    public struct EnvironmentVariable: StringConstant {
        /// The variable's name.
        public let rawValue: String
        /// A variable from its name.
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// The Prometheus base URL.
        public static let url: EnvironmentVariable = "PROMETHEUS_URL"
        /// A bearer token.
        public static let token: EnvironmentVariable = "PROMETHEUS_TOKEN"
        /// A user for basic auth.
        public static let user: EnvironmentVariable = "PROMETHEUS_USER"
        /// That user's password.
        public static let password: EnvironmentVariable = "PROMETHEUS_PASSWORD"
    }

    /// The connection from flags, each falling back to its variable (`PROMETHEUS_URL`,
    /// `PROMETHEUS_TOKEN`, `PROMETHEUS_USER`, `PROMETHEUS_PASSWORD`); credentials come from the
    /// flags when any is given, else from the environment.
    public static func resolve(url: String?, token: String? = nil, user: String? = nil, password: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment, tls: TLSOptions = .system,
                               requestTimeout: Duration = .seconds(30), retry: RetryPolicy = .standard) throws -> PrometheusConnection {
        let baseURL = try Setting(url, flag: "--prometheus", variable: EnvironmentVariable.url.rawValue)
            .url(of: "Prometheus", like: "http://127.0.0.1:9090", in: environment)
        let credentials = try Credentials.resolve(
            service: "Prometheus",
            token: Setting(token, flag: "--prometheus-token", variable: EnvironmentVariable.token.rawValue),
            user: Setting(user, flag: "--prometheus-user", variable: EnvironmentVariable.user.rawValue),
            password: Setting(password, flag: "--prometheus-password", variable: EnvironmentVariable.password.rawValue),
            environment: environment)
        return try PrometheusConnection(baseURL: baseURL, credentials: credentials, tls: tls, requestTimeout: requestTimeout, retry: retry)
    }
}
