import Foundation

/// Where a service is and how Graft talks to it: what every connection (Grafana, the Higress
/// console, Prometheus) holds, checked once when it is made.
public struct ServiceEndpoint: Sendable {
    /// The service's name as messages say it (`Grafana`, `the Higress console`, `Prometheus`).
    public let service: String
    /// The service's root URL, sub-path included (`https://example.com/grafana`), never with credentials in it.
    public let baseURL: URL
    /// The base URL as messages show it, the password masked (`https://user:***@host`).
    public let location: String
    /// How Graft signs in.
    public var credentials: Credentials
    /// Certificate checking.
    public var tls: TLSOptions
    /// How long one attempt may take, from connecting to the answer's last byte.
    public var requestTimeout: Duration
    /// Retries of failed attempts.
    public var retry: RetryPolicy
    /// The most bytes one answer's body may have; a longer one is cut and refused.
    public var maximumResponseSize: Int

    /// 64 MiB: far above any dashboard, small enough that a runaway answer cannot exhaust memory.
    public static let defaultMaximumResponseSize = 64 << 20

    /// An endpoint for `service` at `baseURL`. Credentials written into the URL
    /// (`https://user:pass@host`) are taken out of it and used when `credentials` is `.none`.
    /// Throws a `ConfigurationError` for a URL that is not http(s) with a host, or an unreadable CA file.
    public init(service: String, baseURL: URL, credentials: Credentials = .none, tls: TLSOptions = .system,
                requestTimeout: Duration = .seconds(30), retry: RetryPolicy = .standard,
                maximumResponseSize: Int = ServiceEndpoint.defaultMaximumResponseSize) throws {
        let subject = service.hasPrefix("the ") ? String(service.dropFirst(4)) : service
        let url = try ServiceURL(baseURL, what: "The \(subject) URL")
        try tls.validate(for: service)
        self.service = service
        self.baseURL = url.url
        location = url.location
        self.credentials = credentials == .none ? url.embeddedCredentials ?? .none : credentials
        self.tls = tls
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.maximumResponseSize = max(1, maximumResponseSize)
    }
}
