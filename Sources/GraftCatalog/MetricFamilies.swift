import GraftJSON

/// What a catalog knows about the metrics its dashboards read: each metric family's type and
/// labels, and the Kubernetes labels of the pods its monitors scrape (which a `labelmap`
/// relabeling copies onto every series). `graft lint` checks every label a query matches on
/// against this table and the labels the monitors attach.
public struct MetricFamilies: Sendable, Hashable {
    /// The families, by name (`envoy_cluster_upstream_rq_time`).
    public var families: [String: MetricFamily]
    /// The labels of the scraped pods (`higress: higress-system-higress-gateway`), as Kubernetes names them.
    public var podLabels: [String: String]

    /// A table of `families`, for pods that carry `podLabels`.
    public init(podLabels: [String: String] = [:], families: [MetricFamily] = []) {
        self.podLabels = podLabels
        self.families = Dictionary(families.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// An empty table: nothing is known, so label checks have nothing to compare with.
    public static let unknown = MetricFamilies()

    /// The family a series name belongs to, with the labels that series carries: a histogram's
    /// `_bucket` series adds `le`, a summary's quantile series `quantile`; `_sum` and `_count` add none.
    public func family(ofSeries name: String) -> (family: MetricFamily, labels: Set<String>)? {
        if let family = families[name] {
            return (family, Set(family.labels).union(family.type == .summary ? ["quantile"] : []))
        }
        for suffix in MetricFamily.seriesSuffixes where name.hasSuffix(suffix) {
            guard let family = families[String(name.dropLast(suffix.count))],
                  family.type == .histogram || family.type == .summary else { continue }
            return (family, Set(family.labels).union(suffix == "_bucket" && family.type == .histogram ? ["le"] : []))
        }
        return nil
    }
}

/// One metric family: its name, type, labels, and for some labels the shapes their values take.
public struct MetricFamily: Sendable, Hashable {
    /// The family's name, without `_bucket`/`_sum`/`_count`.
    public var name: String
    /// Counter, gauge, histogram, summary or untyped.
    public var type: MetricType
    /// The labels its exporter writes (not those the scrape attaches).
    public var labels: [String]
    /// For some labels, one example value of each shape the values take
    /// (`outbound|443||llm-qwen.internal.dns`, `xds-grpc`): what a regex over that label must be able to match.
    public var valueShapes: [String: [String]]

    /// A family named `name` of type `type` carrying `labels`, with example values of each shape for some of them.
    public init(_ name: String, _ type: MetricType, labels: [String], valueShapes: [String: [String]] = [:]) {
        self.name = name
        self.type = type
        self.labels = labels
        self.valueShapes = valueShapes
    }

    /// The suffixes of a histogram's or summary's series.
    static let seriesSuffixes = ["_bucket", "_sum", "_count"]
}

/// A Prometheus metric type, as the exposition format's `# TYPE` line names it.
public struct MetricType: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// A value that only grows (and resets to zero on restart).
    public static let counter: MetricType = "counter"
    /// A value that goes up and down.
    public static let gauge: MetricType = "gauge"
    /// Observations counted in cumulative buckets (`_bucket{le}`), with `_sum` and `_count`.
    public static let histogram: MetricType = "histogram"
    /// Observations summarised as quantiles, with `_sum` and `_count`.
    public static let summary: MetricType = "summary"
    /// No type given.
    public static let untyped: MetricType = "untyped"
}
