import Graft

/// The higress-gateway PodMonitor: the gateway pods' merged Envoy and agent metrics (container port
/// `istio-prom`, 15020), scraped at the path and port their `prometheus.io/*` annotations give, with
/// the pod labels mapped onto the series. The `higress` pod label the dashboards filter on
/// (`higress="$gateway"`) reaches the metrics only through the labelmap.
public let higressGatewayMonitor = PodMonitor(
    name: "higress-gateway",
    namespace: "higress-system",
    selector: LabelSelector(matchLabels: ["app": "higress-gateway"]),
    namespaceSelector: .all
) {
    ScrapeEndpoint(port: "istio-prom", path: "/stats/prometheus") {
        Relabeling.keep(["__meta_kubernetes_pod_annotation_prometheus_io_scrape"], regex: "true")
        Relabeling.replace(["__meta_kubernetes_pod_annotation_prometheus_io_path"], regex: "(.+)", targetLabel: "__metrics_path__")
        Relabeling.replace(["__address__", "__meta_kubernetes_pod_annotation_prometheus_io_port"],
                           regex: #"([^:]+)(?::\d+)?;(\d+)"#, replacement: "$1:$2", targetLabel: "__address__")
        Relabeling.labelMap(regex: "__meta_kubernetes_pod_label_(.+)")
        Relabeling.replace(["__meta_kubernetes_namespace"], targetLabel: "kubernetes_namespace")
        Relabeling.replace(["__meta_kubernetes_pod_name"], targetLabel: "kubernetes_pod_name")
    }
}
