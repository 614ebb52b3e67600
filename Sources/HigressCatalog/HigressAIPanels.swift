import Graft

// The building blocks the Higress AI dashboard repeats: label filters, query shapes and panel looks.

/// The gateway the dashboard shows: a value of the `higress` pod label.
let gatewayVariable = QueryVariable("gateway", query: "label_values(envoy_server_live, higress)").includeAll(false)
/// The gateway's namespace as the export reads it: off the `higress` label of every gateway (`<namespace>-higress-gateway`).
let namespaceVariable = QueryVariable("namespace", query: "label_values(envoy_server_live, higress)").includeAll(false)
    .regex("/(.*)-higress-gateway/")

/// Series of the selected gateway.
let gateway = gatewayVariable.matcher("higress")
/// The selected gateway's namespace, from its own series (prometheus-operator's `namespace` target label).
let gatewayNamespaceVariable = QueryVariable("namespace", query: "label_values(envoy_server_live{\(gateway)}, namespace)").includeAll(false)
/// Containers in the selected gateway's namespace.
let namespace = namespaceVariable.matcher("namespace")
/// Envoy's own clusters, which are not services, each excluded by name (as the export does).
let staticClusterExclusion = ["xds-grpc", "prometheus_stats", "agent", "BlackHoleCluster", "sds-grpc"]
    .map { #"cluster_name!="\#($0)""# }.joined(separator: ", ")
/// The gateway's listeners: Envoy's HTTP connection managers but its `stats` listener, which Prometheus scrapes.
let gatewayListeners = #"http_conn_manager_prefix=~"outbound_.*""#
/// Clusters of services (`outbound|<port>|<subset>|<host>`), not Envoy's own (`xds-grpc`, `agent`...).
let serviceCluster = #"cluster_name=~"outbound\\|.*""#
/// A service cluster's name taken apart: `$1` the port, `$2` the host (`outbound|443||llm-qwen.internal.dns`).
let serviceClusterParts = #"outbound\\|([0-9]+)\\|[^|]*\\|(.+)"#
/// Tokens per second, scaled (K, Mil) as counts are.
let tokensPerSecond = Unit.count("tokens/s")
/// The folder of the Higress dashboards.
let higressFolder = FolderRef(uid: "higress", title: "Higress")

/// A query as Grafana's migration from the old singlestat panel left it: no editor mode, a legacy resolution.
func legacy(_ expr: String) -> Prometheus {
    Prometheus(expr).editorMode(nil).legend(nil).range(nil).format(.timeSeries).resolution(intervalFactor: 1)
}

/// A query as Grafana's migration from the old graph panel left it, then edited in code mode.
func migrated(_ expr: String) -> Prometheus {
    Prometheus(expr).format(.timeSeries).hide(false).resolution(intervalFactor: 1)
}

/// What the singlestat panels this dashboard's stats were migrated from had: their colours and null mapping.
enum Singlestat {
    /// The value's colour.
    static let value = Color.rgb(31, 120, 193)
    /// A success ratio's colours: good, warning (from 95%), bad (from 99%... of the range).
    static let good = Color.rgba(50, 172, 45, 0.97), warning = Color.rgba(237, 129, 40, 0.89), bad = Color.rgba(245, 54, 54, 0.9)
    /// `N/A` for a null value.
    static let nullAsNA = ValueMapping.special(match: .null, result: MappingResult(text: "N/A"))
}

/// A stat tile as migrated from singlestat: one fixed colour, `N/A` for null, no colouring by value.
/// A success ratio (`successRatio`) turns orange below 95% and red below 99%... of the range, as the singlestat had it.
func tile(_ title: String, unit: Unit, reduce: Reducer = .mean, successRatio: Bool = false,
          @QueryBuilder _ queries: () -> [Target]) -> Stat {
    let stat = Stat(title, queries: queries)
        .unit(unit).color(fixed: Singlestat.value)
        .mappings(Singlestat.nullAsNA)
        .colorMode(.none).orientation(.horizontal).reduce(reduce).maxDataPoints(100)
    return successRatio ? stat.thresholds(Singlestat.good, (95, Singlestat.warning), (99, Singlestat.bad)) : stat
}

/// A time series as this dashboard draws them: every series in the tooltip, a table legend.
func graph(_ title: String, unit: Unit? = nil, legend calcs: [Reducer] = [.min, .max, .mean],
           placement: LegendPlacement = .bottom, @QueryBuilder _ queries: () -> [Target]) -> Timeseries {
    let graph = Timeseries(title, queries: queries).legend(.table, placement: placement, calcs: calcs).tooltip(.multi)
    // Not `unit.map(graph.unit)`: the partial application would box a copy of the whole panel.
    guard let unit else { return graph }
    return graph.unit(unit)
}

extension Timeseries {
    /// The look of a panel migrated from the old graph panel: 10% fill, no points, its alert-threshold option.
    func graphLook() -> Timeseries { fillOpacity(10).showPoints(.never).alertThreshold(true) }
}

/// P50, P90, P99 and the mean of an Envoy latency histogram over the series `selector` picks, in a small
/// tile (`averageInterval`: the mean's query carries an empty interval).
func latency(_ title: String, metric: String, selector: String, unit: Unit, averageInterval: Bool = false) -> Timeseries {
    func quantile(_ q: String) -> Prometheus {
        migrated(#"histogram_quantile(\#(q), sum(irate(\#(metric)_bucket{\#(selector)}[2m])) by (le))"#).legend("P" + q.dropFirst(2))
    }
    return Timeseries(title) {
        quantile("0.50").interval("").hide(nil)
        quantile("0.90")
        quantile("0.99")
        Prometheus(#"sum(irate(\#(metric)_sum{\#(selector)}[1m])) / sum(irate(\#(metric)_count{\#(selector)}[2m]))"#)
            .legend("Avg").hide(false).interval(averageInterval ? "" : nil)
    }
    .fillOpacity(10).showPoints(.never).legend(placement: .right).tooltip(.multi).unit(unit).size(.tile)
}

/// Working-set memory of one container of the Higress pods.
func memory(_ container: String) -> String {
    #"max(container_memory_working_set_bytes{container="\#(container)", \#(namespace)}) by (pod)"#
}

extension HigressAIEdition {
    /// The downstream series the General row reads: the gateway's, and only its listeners once fixed.
    var downstream: String { fixes(.gatewayOwnTraffic) ? "\(gateway), \(gatewayListeners)" : gateway }

    /// The namespace variable: the export's, or the selected gateway's own once fixed.
    var namespaceVariable: QueryVariable { fixes(.namespaceOfOtherGateways) ? gatewayNamespaceVariable : HigressCatalog.namespaceVariable }

    /// The upstream series the General row reads: the gateway's, and only its services once fixed.
    var upstream: String { fixes(.gatewayOwnTraffic) ? "\(gateway), \(serviceCluster)" : gateway }

    /// `unit`, once missing units are fixed.
    func unit(_ unit: Unit) -> Unit? { fixes(.missingUnits) ? unit : nil }

    /// The upstream success rate: non-5xx requests over all, per class only once fixed, of services only once fixed.
    var upstreamSuccessRatio: String {
        let clusters = fixes(.gatewayOwnTraffic) ? serviceCluster : #"cluster_name!~"\\.internal$""#
        let (good, all) = fixes(.upstreamSuccessDoubleCount)
            ? (#"response_code_class=~"[1-4]xx""#, #","# + #"response_code_class=~"[1-5]xx""#) : (#"response_code_class!="5xx""#, "")
        return #"sum(irate(envoy_cluster_upstream_rq{\#(gateway), \#(clusters),\#(good)}[5m])) / sum(irate(envoy_cluster_upstream_rq{\#(gateway), \#(clusters)\#(all)}[5m]))"#
    }

    /// The Service Top tables' clusters: all but Envoy's own by name in the export; once their parse is fixed, the
    /// `outbound|...` ones it reads (Istio's passthrough and inbound clusters would show empty service and port).
    var serviceTopClusters: String { fixes(.serviceTopParse) ? serviceCluster : staticClusterExclusion }

    /// What keeps a `by (response_code_class)` to the per-class series once fixed (appended to a selector's matchers).
    var classedSeries: String { fixes(.upstreamClassEmptySeries) ? #",response_code_class!="""# : "" }

    /// Tokens of one direction (`input`, `output`) per second: of every gateway in the export, of the selected one once fixed.
    /// (Each form written out: interpolating an empty selector costs the export's build 10K instructions.)
    func tokenRate(_ direction: String) -> String {
        fixes(.tokenRowAllGateways) ? "sum(irate(route_upstream_model_consumer_metric_\(direction)_token{\(gateway)}[2m]))"
            : "sum(irate(route_upstream_model_consumer_metric_\(direction)_token{}[2m]))"
    }

    /// A per-model average: the rate of `total` over the rate of `per`.
    func perModel(_ total: String, per count: String) -> String {
        let selector = fixes(.tokenRowAllGateways) ? "{\(gateway)}" : ""
        return ["sum(irate(route_upstream_model_consumer_metric_\(total)\(selector)[2m])) by (ai_model)",
                "sum(irate(route_upstream_model_consumer_metric_\(count)\(selector)[2m])) by (ai_model)"].joined(separator: "\n/\n")
    }

    /// An xDS connection query: `prefix{cluster_name="xds-grpc"}suffix`, of the selected gateway once fixed.
    /// (Inlined, the export's form is all literals, which the compiler joins into one constant: 12K instructions a build.)
    @inline(__always)
    func xds(_ prefix: String, _ suffix: String) -> String {
        fixes(.xdsRowAllGateways) ? prefix + #"{\#(gateway), cluster_name="xds-grpc"}"# + suffix : prefix + #"{cluster_name="xds-grpc"}"# + suffix
    }

    /// Envoy's hot restarts: of every gateway in the export, of the selected one once fixed.
    var restarts: String {
        fixes(.xdsRowAllGateways) ? "sum(increase(envoy_server_hot_restart_epoch{\(gateway)}[2m]))" : "sum(increase(envoy_server_hot_restart_epoch[2m]))"
    }

    /// The provider's name out of `ai_cluster`: after the last dash in the export, the host between `llm-` and `.internal` once fixed.
    var providerPattern: String {
        fixes(.providerName) ? #"outbound\\|[0-9]+\\|[^|]*\\|(?:llm-)?(.+)\\.internal\\..*"# : ".*-(.*).internal.*"
    }

    /// Input, output and total tokens over the range, one row per value of `label`.
    func tokenTable(_ title: String, by label: String, key: String, sortBy column: String? = nil,
                    relabel: (String) -> String = { $0 }) -> Table {
        func tokens(_ direction: String) -> String {
            fixes(.tokenRowAllGateways) ? "sum by(\(label)) (increase(route_upstream_model_consumer_metric_\(direction)_token{\(gateway)}[$__range]))"
                : "sum by(\(label)) (increase(route_upstream_model_consumer_metric_\(direction)_token{}[$__range]))"
        }
        func query(_ expr: String, _ legend: String) -> Prometheus {
            Prometheus(relabel(expr)).instant().format(.table).exemplar(false).legend(legend)
        }
        var renames = ["Time": "", "Value": "Input Token Usage", "Value #A": "Input Token", "Value #B": "Output Token",
                       "Value #C": "Total Token", "ai_model": "Model"]
        if label != "ai_model" {
            for (key, name) in [("ai_cluster", "Cluster"), ("provider", "Provider"), ("provider 1", "Provider")] { renames[key] = name }
        }
        if label == "ai_consumer" { renames["ai_consumer"] = "Consumer" }
        let values = ["Value #A", "Value #B", "Value #C"]
        return Table(title) {
            query(tokens("input"), "input_token").interval("")
            query(tokens("output"), "output_token").hide(false)
            query(tokens("input") + " + " + tokens("output"), "total_token").hide(false)
        }
        .sortBy(column.map { [($0, true)] } ?? [])
        .transformations {
            JoinByField(key, mode: .inner)
            FilterFieldsByName(include: .names(label == "ai_model" ? [key] + values : values + [key]), byVariable: false)
            Organize(order: ["Time", "ai_model", "Value"], rename: renames)
        }
        .size(width: 12)
    }

    /// The ten busiest upstream services by `inner`, with the service and port parsed from the cluster name
    /// (`unit`: the value's, once missing units are fixed).
    func serviceTop(_ title: String, column: String, unit: Unit? = nil, widths: (value: Int, time: Int), hidden: String? = nil, _ inner: String) -> Table {
        let parse = fixes(.serviceTopParse) ? #""cluster_name", "\#(serviceClusterParts)")"# : #""cluster_name", "outbound_([0-9]+)_(.*)_(.*)$")"#
        let service = fixes(.serviceTopParse) ? "$2" : "$3"
        var renames = ["Value": column]
        if let hidden { renames[hidden] = "" }
        let table = Table(title) {
            Prometheus(#"label_replace(label_replace(topk(10, \#(inner)), "service", "\#(service)", \#(parse), "port", "$1", \#(parse)"#)
                .instant().format(.table).exemplar(false).interval("")
        }
        .overrides {
            Override(.byName(column)) { FieldProperty.width(widths.value) }
            Override(.byName("Time")) { FieldProperty.width(widths.time) }
        }
        .sortBy([])
        .transformations {
            FilterFieldsByName(include: .pattern(""))
            // Saved by a Grafana older than 9: no includeByName.
            Organize(include: nil, order: ["service", "port", "Value"], rename: renames)
        }
        guard let unit = unit.flatMap(self.unit) else { return table }
        return table.unit(unit)
    }
}

/// The built-in annotation as older Grafana versions saved it, with its query target.
let legacyAnnotation: AnnotationQuery = {
    var annotation = AnnotationQuery.builtIn
    annotation.target = ["limit": 100, "matchAny": false, "tags": [], "type": "dashboard"]
    return annotation
}()
