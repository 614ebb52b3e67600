/// What the exported Higress AI dashboard (`Higress-AI-CN.json`) gets wrong, each confirmed on the
/// Higress metrics fixture with a real Prometheus (HigressAIDefectTests) and listed, with the query
/// before and after, in the README. The catalog's dashboard fixes all of them; `HigressAIEdition.export`
/// fixes none and renders the export byte for byte.
public enum HigressAIDefect: Int, Sendable, Hashable, CaseIterable {
    /// The four Service Top tables parse the cluster name with `outbound_([0-9]+)_(.*)_(.*)$`, but Envoy
    /// names clusters `outbound|<port>|<subset>|<host>`: the regex never matches, so the service and port
    /// columns stay empty. Fixed: `outbound\|([0-9]+)\|[^|]*\|(.+)`, service `$2`, port `$1`, over the
    /// `outbound|` clusters only (instead of all but five of Envoy's own, named one by one).
    case serviceTopParse
    /// The Token row's queries select `route_upstream_model_consumer_metric_*{}`: no `higress="$gateway"`,
    /// so they sum every gateway whichever is selected. Fixed: the gateway filter.
    case tokenRowAllGateways
    /// The XDS row's queries select `{cluster_name="xds-grpc"}` and `envoy_server_hot_restart_epoch` of
    /// every gateway. Fixed: the gateway filter.
    case xdsRowAllGateways
    /// The provider table's `.*-(.*).internal.*` keeps the text after the last dash of the cluster name:
    /// `llm-gpustack-10-24.internal.static` is provider `24`. Fixed: the host between `llm-` and `.internal`.
    case providerName
    /// The upstream success rate sums `envoy_cluster_upstream_rq` with `response_code_class!="5xx"` over
    /// all of it: Envoy writes each request once per class and once per code (`response_code_class` empty),
    /// so the denominator counts every request twice and the numerator every 5xx once, and the rate shows
    /// half the failures. Fixed: classes only (`response_code_class=~"[1-5]xx"`).
    case upstreamSuccessDoubleCount
    /// Upstream requests per second `by (response_code_class)` draws one more series, without a class: the
    /// per-code series, all requests again. Fixed: `response_code_class!=""`.
    case upstreamClassEmptySeries
    /// Downstream volume, success rate, latency and bytes include the `stats` listener (Prometheus's own
    /// scrapes); upstream volume, success rate and latency include Envoy's own clusters (`xds-grpc`, whose
    /// streams last minutes and set the upstream P99; `prometheus_stats`, `agent`) — the success rate's
    /// `cluster_name!~"\.internal$"` excludes nothing, as AI clusters end in `.internal.dns`. Fixed:
    /// `http_conn_manager_prefix=~"outbound_.*"`, `cluster_name=~"outbound\|.*"`.
    case gatewayOwnTraffic
    /// The namespace variable is `label_values(envoy_server_live, higress)` through `/(.*)-higress-gateway/`:
    /// it assumes every gateway is named `higress-gateway`, and offers the namespaces of all gateways whichever is
    /// selected, so the Workload row may show another gateway's pods. Fixed: `label_values(envoy_server_live{higress="$gateway"}, namespace)`.
    case namespaceOfOtherGateways
    /// Eight panels showing request rates, token rates or durations set no unit (`graft lint`'s
    /// missing-unit): their axes and cells show bare numbers. Fixed: req/s, tokens/s, ms.
    case missingUnits
}

extension HigressAIDefect {
    /// The defect's bit in an edition's mask.
    var bit: UInt32 { 1 << UInt32(rawValue) }
}

/// Which Higress AI dashboard to build: the export as the deployment note imports it, or the catalog's.
public struct HigressAIEdition: Sendable, Hashable {
    /// The fixed defects' bits: building the dashboard asks some seventy times, and the benchmark builds many.
    private var fixedBits: UInt32
    /// The datasource input it asks for.
    public var datasource: DataSourceInputName

    /// The defects it fixes.
    public var fixes: Set<HigressAIDefect> {
        get { Set(HigressAIDefect.allCases.filter { fixedBits & $0.bit != 0 }) }
        set { fixedBits = newValue.reduce(0) { $0 | $1.bit } }
    }

    /// An edition fixing `fixes`, asking for the datasource input `datasource`.
    public init(fixes: Set<HigressAIDefect>, datasource: DataSourceInputName) {
        fixedBits = fixes.reduce(0) { $0 | $1.bit }
        self.datasource = datasource
    }

    /// The export, byte for byte: its defects, and its datasource input `DS_数字底座`.
    public static let export = HigressAIEdition(fixes: [], datasource: .exported)
    /// The catalog's: every defect fixed, and the input `DS_PROMETHEUS` the catalog's other dashboards ask for too.
    public static let catalog = HigressAIEdition(fixes: Set(HigressAIDefect.allCases), datasource: .prometheus)

    /// Whether `defect` is fixed.
    func fixes(_ defect: HigressAIDefect) -> Bool { fixedBits & defect.bit != 0 }

    /// The label of the datasource input an edition asks for.
    public enum DataSourceInputName: String, Sendable, Hashable {
        /// `数字底座`, the export's (the name of its author's Prometheus).
        case exported = "数字底座"
        /// `Prometheus`, the DSL's default.
        case prometheus = "Prometheus"
    }
}
