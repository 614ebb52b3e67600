import Foundation
import GraftHTTP
import GraftJSON
import GraftURL

/// Where Grafana is and how Graft talks to it: the endpoint (URL, credentials, TLS, timeouts,
/// retries, answer size), and the organisation.
public struct GrafanaConnection: ServiceConnection {
    /// URL, credentials, TLS, timeouts, retries and answer size; read as the connection's own fields.
    public var endpoint: ServiceEndpoint
    /// The organisation, sent as `X-Grafana-Org-Id`; `nil` for the user's current one.
    public var organizationID: Int?
    /// The app-platform namespace given explicitly (`stacks-<id>` on Grafana Cloud); `nil` to derive it from the organisation.
    public var namespace: String?

    /// The namespace app-platform paths use: the one given, else `default` for organisation 1
    /// (or none given) and `org-<id>` for another.
    public var resolvedNamespace: String {
        if let namespace, !namespace.isEmpty { return namespace }
        guard let id = organizationID, id != 1 else { return "default" }
        return "org-\(id)"
    }

    /// A connection to `baseURL`; credentials written into the URL (`https://user:pass@host`) are
    /// taken out of it and used for basic auth when no other credentials are given.
    public init(baseURL: URL, credentials: Credentials = .none, organizationID: Int? = nil, tls: TLSOptions = .system,
                requestTimeout: Duration = .seconds(30), retry: RetryPolicy = .standard,
                maximumResponseSize: Int = ServiceEndpoint.defaultMaximumResponseSize) throws {
        endpoint = try ServiceEndpoint(service: "Grafana", baseURL: baseURL, credentials: credentials, tls: tls,
                                       requestTimeout: requestTimeout, retry: retry, maximumResponseSize: maximumResponseSize)
        self.organizationID = organizationID
    }

    /// Environment variables Graft reads the connection from.
    public struct EnvironmentVariable: StringConstant {
        /// The variable's name.
        public let rawValue: String
        /// A variable from its name.
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// The Grafana root URL.
        public static let url: EnvironmentVariable = "GRAFANA_URL"
        /// A service account token.
        public static let token: EnvironmentVariable = "GRAFANA_TOKEN"
        /// A user for basic auth.
        public static let user: EnvironmentVariable = "GRAFANA_USER"
        /// That user's password.
        public static let password: EnvironmentVariable = "GRAFANA_PASSWORD"
        /// The organisation id.
        public static let organizationID: EnvironmentVariable = "GRAFANA_ORG_ID"
        /// The app-platform namespace (`stacks-<id>` on Grafana Cloud).
        public static let namespace: EnvironmentVariable = "GRAFANA_NAMESPACE"
    }

    /// Settings given on the command line; each one left `nil` falls back to its environment variable.
    public struct Settings: Sendable {
        /// `--grafana-url`.
        public var url: String?
        /// `--token`.
        public var token: String?
        /// `--user`.
        public var user: String?
        /// `--password`.
        public var password: String?
        /// `--org-id`.
        public var organizationID: String?
        /// `--namespace`.
        public var namespace: String?

        /// Settings from flags.
        public init(url: String? = nil, token: String? = nil, user: String? = nil, password: String? = nil, organizationID: String? = nil,
                    namespace: String? = nil) {
            self.url = url
            self.token = token
            self.user = user
            self.password = password
            self.organizationID = organizationID
            self.namespace = namespace
        }
    }

    /// The connection from flags, falling back to `GRAFANA_URL`, `GRAFANA_TOKEN`, `GRAFANA_USER`,
    /// `GRAFANA_PASSWORD` and `GRAFANA_ORG_ID`. Credentials come from the flags when any is given,
    /// else from the environment; a token wins over a user and password from the same place.
    public static func resolve(_ settings: Settings, environment: [String: String] = ProcessInfo.processInfo.environment,
                               tls: TLSOptions = .system, requestTimeout: Duration = .seconds(30),
                               retry: RetryPolicy = .standard) throws -> GrafanaConnection {
        let url = try Setting(settings.url, flag: "--grafana-url", variable: EnvironmentVariable.url.rawValue)
            .url(of: "Grafana", like: "https://grafana.example.com", in: environment)
        let credentials = try Credentials.resolve(
            service: "Grafana",
            token: Setting(settings.token, flag: "--token", variable: EnvironmentVariable.token.rawValue),
            user: Setting(settings.user, flag: "--user", variable: EnvironmentVariable.user.rawValue),
            password: Setting(settings.password, flag: "--password", variable: EnvironmentVariable.password.rawValue),
            environment: environment)
        var organizationID: Int?
        if let text = Setting(settings.organizationID, flag: "--org-id", variable: EnvironmentVariable.organizationID.rawValue).resolve(in: environment) {
            guard let id = Int(text), id > 0 else {
                throw ConfigurationError("The Grafana organisation id \(MessageText.quoted(text, mark: "\"")) is not a positive whole number (--org-id or \(EnvironmentVariable.organizationID)).")
            }
            organizationID = id
        }
        var connection = try GrafanaConnection(baseURL: url, credentials: credentials, organizationID: organizationID, tls: tls,
                                               requestTimeout: requestTimeout, retry: retry)
        connection.namespace = try Setting(settings.namespace, flag: "--namespace", variable: EnvironmentVariable.namespace.rawValue).resolve(in: environment)
            .map { try AppPlatformNamespace.checked($0, source: "--namespace or \(EnvironmentVariable.namespace)") }
        return connection
    }
}
