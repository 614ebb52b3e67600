import Graft

/// The metrics the Higress dashboards read, as the gateway and the kubelet expose them, and the labels
/// of the gateway pods the PodMonitor's labelmap copies onto every series.
///
/// Sources: Envoy's stats with the tag extraction of Higress's bootstrap (`http_conn_manager_prefix`,
/// `cluster_name`, `response_code_class`/`response_code`), the ai-statistics plugin (counters only, tags
/// `ai_route`, `ai_cluster`, `ai_model`, `ai_consumer`), cAdvisor through the kubelet, and the Higress
/// chart's pod labels (`higress: <namespace>-<gateway name>`).
public let higressMetrics = MetricFamilies(
    podLabels: [
        "app": "higress-gateway",
        "higress": "higress-system-higress-gateway",
        "pod-template-hash": "6f55cb6d54",
        "sidecar.istio.io/inject": "false",
    ],
    families: envoyServer + envoyDownstream + envoyClusters + aiStatistics + cAdvisor)

/// The shapes of Envoy cluster names: `outbound|<port>|<subset>|<host>` for services and AI providers,
/// and the bootstrap's own clusters.
private let clusterNames = [
    "outbound|443||llm-qwen.internal.dns", "outbound|80||llm-gpustack-10-24.internal.static",
    "outbound|80||httpbin.default.svc.cluster.local", "xds-grpc", "prometheus_stats", "agent", "sds-grpc", "BlackHoleCluster",
]

/// The shapes of `http_conn_manager_prefix`: the gateway's listeners and the stats listener.
private let listenerPrefixes = ["outbound_0.0.0.0_80", "outbound_0.0.0.0_443", "stats"]

private let envoyServer = [
    MetricFamily("envoy_server_live", .gauge, labels: []),
    MetricFamily("envoy_server_hot_restart_epoch", .gauge, labels: []),
    MetricFamily("envoy_server_uptime", .gauge, labels: []),
]

private let envoyDownstream: [MetricFamily] = {
    let listener = ["http_conn_manager_prefix": listenerPrefixes]
    return ["envoy_http_downstream_rq_total", "envoy_http_downstream_cx_rx_bytes_total", "envoy_http_downstream_cx_tx_bytes_total"].map {
        MetricFamily($0, .counter, labels: ["http_conn_manager_prefix"], valueShapes: listener)
    } + [
        MetricFamily("envoy_http_downstream_rq", .counter, labels: ["http_conn_manager_prefix", "response_code_class"], valueShapes: listener),
        MetricFamily("envoy_http_downstream_cx_active", .gauge, labels: ["http_conn_manager_prefix"], valueShapes: listener),
        MetricFamily("envoy_http_downstream_rq_time", .histogram, labels: ["http_conn_manager_prefix"], valueShapes: listener),
    ]
}()

private let envoyClusters: [MetricFamily] = {
    let cluster = ["cluster_name": clusterNames]
    return ["envoy_cluster_upstream_rq_total", "envoy_cluster_upstream_cx_total", "envoy_cluster_upstream_cx_connect_fail",
            "envoy_cluster_upstream_cx_rx_bytes_total", "envoy_cluster_upstream_cx_tx_bytes_total"].map {
        MetricFamily($0, .counter, labels: ["cluster_name"], valueShapes: cluster)
    } + [
        // Per class (`upstream_rq_5xx`) and per code (`upstream_rq_503`) land in one family.
        MetricFamily("envoy_cluster_upstream_rq", .counter, labels: ["cluster_name", "response_code_class", "response_code"], valueShapes: cluster),
        MetricFamily("envoy_cluster_upstream_cx_active", .gauge, labels: ["cluster_name"], valueShapes: cluster),
        MetricFamily("envoy_cluster_upstream_rq_time", .histogram, labels: ["cluster_name"], valueShapes: cluster),
    ]
}()

private let aiStatistics: [MetricFamily] = ["input_token", "output_token", "total_token", "llm_first_token_duration",
                                            "llm_stream_duration_count", "llm_service_duration", "llm_duration_count"].map {
    MetricFamily("route_upstream_model_consumer_metric_" + $0, .counter, labels: ["ai_route", "ai_cluster", "ai_model", "ai_consumer"],
                 valueShapes: ["ai_cluster": Array(clusterNames.prefix(2))])
}

private let cAdvisor = [
    MetricFamily("container_cpu_usage_seconds_total", .counter, labels: ["container", "id", "image", "name", "namespace", "pod"]),
    MetricFamily("container_memory_working_set_bytes", .gauge, labels: ["container", "id", "image", "name", "namespace", "pod"]),
]
