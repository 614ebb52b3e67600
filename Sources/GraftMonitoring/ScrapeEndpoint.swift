import GraftDSL
import Yams

/// How one port of the selected pods or services is scraped: a PodMonitor's `podMetricsEndpoints`
/// entry or a ServiceMonitor's `endpoints` entry (the two share these fields).
public struct ScrapeEndpoint: Sendable, Hashable {
    /// `http` or `https`.
    public enum Scheme: String, Sendable, Hashable {
        /// Plain HTTP.
        case http
        /// HTTP over TLS.
        case https
    }

    /// The name of the container port (PodMonitor) or service port (ServiceMonitor).
    public var port: String
    /// The HTTP path of the metrics (`/metrics` when absent).
    public var path: String?
    /// `http` or `https`.
    public var scheme: Scheme?
    /// How often to scrape (`30s`, `1m`).
    public var interval: String?
    /// How long a scrape may take.
    public var scrapeTimeout: String?
    /// Whether the target's labels win over the ones Prometheus attaches.
    public var honorLabels: Bool?
    /// Whether the target's timestamps are kept.
    public var honorTimestamps: Bool?
    /// URL query parameters.
    public var params: [String: [String]]
    /// Basic authentication, from Secrets.
    public var basicAuth: BasicAuth?
    /// An authorization header, from a Secret.
    public var authorization: SafeAuthorization?
    /// TLS settings.
    public var tlsConfig: TLSConfig?
    /// Relabelings applied to the target before the scrape.
    public var relabelings: [Relabeling]
    /// Relabelings applied to every scraped series.
    public var metricRelabelings: [Relabeling]

    /// An endpoint on `port`, with its relabelings and metric relabelings written as lists.
    public init(port: String, path: String? = nil, scheme: Scheme? = nil, interval: String? = nil, scrapeTimeout: String? = nil,
                honorLabels: Bool? = nil, honorTimestamps: Bool? = nil, params: [String: [String]] = [:],
                basicAuth: BasicAuth? = nil, authorization: SafeAuthorization? = nil, tlsConfig: TLSConfig? = nil,
                @ListBuilder<Relabeling> relabelings: () -> [Relabeling] = { [] },
                @ListBuilder<Relabeling> metricRelabelings: () -> [Relabeling] = { [] }) {
        self.port = port
        self.path = path
        self.scheme = scheme
        self.interval = interval
        self.scrapeTimeout = scrapeTimeout
        self.honorLabels = honorLabels
        self.honorTimestamps = honorTimestamps
        self.params = params
        self.basicAuth = basicAuth
        self.authorization = authorization
        self.tlsConfig = tlsConfig
        self.relabelings = relabelings()
        self.metricRelabelings = metricRelabelings()
    }
}

extension ScrapeEndpoint: YAMLRepresentable {
    var yamlNode: Node {
        .fields([
            "port": port, "path": path, "scheme": scheme?.rawValue, "interval": interval, "scrapeTimeout": scrapeTimeout,
            "honorLabels": honorLabels, "honorTimestamps": honorTimestamps, "params": params,
            "basicAuth": basicAuth?.yamlNode(.crd), "authorization": authorization?.yamlNode(.crd), "tlsConfig": tlsConfig?.yamlNode(.crd),
            "relabelings": relabelings.map { $0.yamlNode(.crd) }, "metricRelabelings": metricRelabelings.map { $0.yamlNode(.crd) },
        ])
    }
}
