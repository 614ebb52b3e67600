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
        var mapping = YAMLMapping()
        mapping.set("port", port)
        mapping.set("path", path)
        mapping.set("scheme", scheme?.rawValue)
        mapping.set("interval", interval)
        mapping.set("scrapeTimeout", scrapeTimeout)
        mapping.set("honorLabels", honorLabels)
        mapping.set("honorTimestamps", honorTimestamps)
        mapping.set("params", ScrapeEndpoint.paramsNode(params))
        mapping.set("basicAuth", basicAuth)
        mapping.set("authorization", authorization)
        mapping.set("tlsConfig", tlsConfig)
        mapping.set("relabelings", Relabeling.listNode(relabelings, .crd))
        mapping.set("metricRelabelings", Relabeling.listNode(metricRelabelings, .crd))
        return mapping.node
    }

    /// `params` with sorted keys, or nothing when there are none.
    static func paramsNode(_ params: [String: [String]]) -> Node? {
        guard !params.isEmpty else { return nil }
        return .map(params.keys.sorted().map { key in (Node.text(key), Node.list(params[key]!.map(Node.text))) })
    }
}

extension Relabeling {
    /// A list of relabelings in the given key style, or nothing when the list is empty.
    static func listNode(_ list: [Relabeling], _ style: KeyStyle) -> Node? {
        list.isEmpty ? nil : .list(list.map { $0.yamlNode(style) })
    }
}
