import Foundation
import GraftJSON

/// Where Grafana is and how Graft talks to it: URL, credentials, organisation, TLS, timeouts, retries.
public struct GrafanaConnection: ServiceConnection {
    /// The Grafana root, sub-path included (`https://example.com/grafana`), never with credentials in it.
    public private(set) var baseURL: URL
    /// How Graft signs in.
    public var credentials: Credentials
    /// The organisation, sent as `X-Grafana-Org-Id`; `nil` for the user's current one.
    public var organizationID: Int?
    /// Certificate checking.
    public var tls: TLSOptions
    /// How long one attempt may take.
    public var requestTimeout: Duration
    /// Retries of failed attempts.
    public var retry: RetryPolicy

    /// A connection to `baseURL`; credentials written into the URL (`https://user:pass@host`) are
    /// taken out of it and used for basic auth when no other credentials are given.
    public init(baseURL: URL, credentials: Credentials = .none, organizationID: Int? = nil, tls: TLSOptions = .system,
                requestTimeout: Duration = .seconds(30), retry: RetryPolicy = .standard) throws {
        let (url, embedded) = try ServiceURL.clean(baseURL, what: "The Grafana URL")
        self.baseURL = url
        self.credentials = credentials == .none ? embedded ?? .none : credentials
        self.organizationID = organizationID
        try tls.validate()
        self.tls = tls
        self.requestTimeout = requestTimeout
        self.retry = retry
    }

    /// Environment variables Graft reads the connection from.
    public struct EnvironmentVariable: StringConstant {
        public let rawValue: String
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

        /// Settings from flags.
        public init(url: String? = nil, token: String? = nil, user: String? = nil, password: String? = nil, organizationID: String? = nil) {
            self.url = url
            self.token = token
            self.user = user
            self.password = password
            self.organizationID = organizationID
        }
    }

    /// The connection from flags, falling back to `GRAFANA_URL`, `GRAFANA_TOKEN`, `GRAFANA_USER`,
    /// `GRAFANA_PASSWORD` and `GRAFANA_ORG_ID`. Credentials come from the flags when any is given,
    /// else from the environment; a token wins over a user and password from the same place.
    public static func resolve(_ settings: Settings, environment: [String: String] = ProcessInfo.processInfo.environment,
                               tls: TLSOptions = .system, requestTimeout: Duration = .seconds(30),
                               retry: RetryPolicy = .standard) throws -> GrafanaConnection {
        func env(_ variable: EnvironmentVariable) -> String? { environment[variable.rawValue].flatMap { $0.isEmpty ? nil : $0 } }
        guard let urlText = settings.url ?? env(.url) else {
            throw ConfigurationError("No Grafana URL was given: pass --grafana-url or set \(EnvironmentVariable.url).")
        }
        guard let url = URL(string: urlText) else {
            throw ConfigurationError("The Grafana URL is not a valid URL: pass something like https://grafana.example.com.")
        }
        let fromFlags = settings.token != nil || settings.user != nil || settings.password != nil
        let token = fromFlags ? settings.token : env(.token)
        let user = fromFlags ? settings.user : env(.user)
        let password = fromFlags ? settings.password : env(.password)
        let credentials: Credentials
        if let token {
            credentials = .token(token)
        } else if let user {
            guard let password else {
                throw ConfigurationError("A Grafana user was given without a password: pass --password or set \(EnvironmentVariable.password).")
            }
            credentials = .basic(user: user, password: password)
        } else if password != nil {
            throw ConfigurationError("A Grafana password was given without a user: pass --user or set \(EnvironmentVariable.user).")
        } else {
            credentials = .none
        }
        var organizationID: Int?
        if let text = settings.organizationID ?? env(.organizationID) {
            guard let id = Int(text), id > 0 else {
                throw ConfigurationError("The Grafana organisation id \"\(text)\" is not a positive whole number (--org-id or \(EnvironmentVariable.organizationID)).")
            }
            organizationID = id
        }
        return try GrafanaConnection(baseURL: url, credentials: credentials, organizationID: organizationID, tls: tls,
                                     requestTimeout: requestTimeout, retry: retry)
    }
}

/// A setting Graft cannot use, in one sentence that names it and says what was expected.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String

    /// An error with its sentence.
    public init(_ description: String) { self.description = description }
}
