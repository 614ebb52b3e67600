import Foundation

/// A Higress metrics endpoint for tests, on `HTTPTestServer`: `/stats/prometheus?pod=NAME` answers
/// what a gateway pod's `istio-prom` port (15020) does, `/metrics/cadvisor` what the kubelet does
/// for the Higress pods. Counters grow with the time since the fixture started.
///
/// `prometheusConfig` writes a matching `prometheus.yml`: either static targets that carry the labels
/// the PodMonitor's relabelings produce, or — given the scrape configs GraftMonitoring renders for
/// `discoveredTargets` — the real relabelings run over simulated Kubernetes discovery labels.
public final class HigressMetricsFixture: Sendable {
    /// The server.
    public let server: HTTPTestServer
    /// `127.0.0.1:<port>`, the address Prometheus scrapes.
    public var address: String { "127.0.0.1:\(server.port)" }

    /// Starts serving on a free port of 127.0.0.1.
    public init() throws {
        let started = Date()
        let exposition = HigressMetricsExposition()
        server = try HTTPTestServer { request in
            let seconds = Date().timeIntervalSince(started)
            let body: String
            switch request.path {
            case "/stats/prometheus":
                let pod = request.queryValue("pod") ?? HigressMetricsExposition.gatewayPods[0]
                guard let index = HigressMetricsExposition.gatewayPods.firstIndex(of: pod) else {
                    return .respond(.text(404, "unknown pod \(pod)\n"))
                }
                body = exposition.envoyStats(pod: index, at: seconds)
            case "/metrics/cadvisor":
                body = exposition.cAdvisor(at: seconds)
            default:
                return .respond(.text(404, "not found: \(request.path)\n"))
            }
            return .respond(HTTPServerResponse(status: 200, headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")],
                                               body: Array(body.utf8)))
        }
    }

    /// Stops the server.
    public func stop() { server.stop() }

    /// A target Kubernetes pod discovery would find: its address and `__meta_kubernetes_*` labels.
    public struct DiscoveredTarget: Sendable {
        /// `host:port` of the container port.
        public var address: String
        /// The discovery labels, and `__param_pod` naming the pod to the fixture.
        public var labels: [String: String]
    }

    /// What pod discovery would find in `higress-system`: the `istio-prom` port of both gateway pods,
    /// and two targets a correct PodMonitor drops (a gateway pod's `http-envoy-prom` port, the controller).
    /// Each pod's annotations point the scrape at this fixture (`prometheus.io/port`, `prometheus.io/path`).
    public var discoveredTargets: [DiscoveredTarget] {
        func target(pod: String, app: String, container: String, port: String, number: Int) -> DiscoveredTarget {
            let namespace = HigressMetricsExposition.namespace
            return DiscoveredTarget(address: "127.0.0.1:\(number)", labels: [
                "__param_pod": pod,
                "__meta_kubernetes_namespace": namespace,
                "__meta_kubernetes_pod_name": pod,
                "__meta_kubernetes_pod_phase": "Running",
                "__meta_kubernetes_pod_ready": "true",
                "__meta_kubernetes_pod_container_name": container,
                "__meta_kubernetes_pod_container_port_name": port,
                "__meta_kubernetes_pod_container_port_number": String(number),
                "__meta_kubernetes_pod_label_app": app,
                "__meta_kubernetes_pod_labelpresent_app": "true",
                "__meta_kubernetes_pod_label_higress": "\(namespace)-\(app)",
                "__meta_kubernetes_pod_labelpresent_higress": "true",
                "__meta_kubernetes_pod_label_pod_template_hash": "7c9d5b8f4",
                "__meta_kubernetes_pod_labelpresent_pod_template_hash": "true",
                "__meta_kubernetes_pod_label_sidecar_istio_io_inject": "false",
                "__meta_kubernetes_pod_labelpresent_sidecar_istio_io_inject": "true",
                "__meta_kubernetes_pod_annotation_prometheus_io_scrape": "true",
                "__meta_kubernetes_pod_annotation_prometheus_io_port": String(server.port),
                "__meta_kubernetes_pod_annotation_prometheus_io_path": "/stats/prometheus",
            ])
        }
        let gateways = HigressMetricsExposition.gatewayPods
        return gateways.map { target(pod: $0, app: "higress-gateway", container: "higress-gateway", port: "istio-prom", number: 15020) } + [
            target(pod: gateways[0], app: "higress-gateway", container: "higress-gateway", port: "http-envoy-prom", number: 15090),
            target(pod: HigressMetricsExposition.controllerPod, app: "higress-controller", container: "higress-core", port: "http", number: 8888),
        ]
    }

    /// A whole `prometheus.yml` scraping this fixture every `scrapeInterval`: the gateway job(s), then the
    /// kubelet's cAdvisor job (with `honor_labels`, as kube-prometheus-stack scrapes the kubelet).
    ///
    /// `gatewayScrapeConfigs` is a `scrape_configs:` document (GraftMonitoring's `ScrapeConfigFile(...).yaml()`
    /// of the PodMonitor's `scrapeConfigs(discovery: .staticTargets(...))` over `discoveredTargets`); without
    /// it, static targets carry the labels that PodMonitor's relabelings produce.
    public func prometheusConfig(scrapeInterval: String = "1s", gatewayScrapeConfigs: String? = nil) -> String {
        let header = "scrape_configs:\n"
        var text = "global:\n  scrape_interval: \(scrapeInterval)\n  evaluation_interval: \(scrapeInterval)\n" + header
        if let gatewayScrapeConfigs {
            precondition(gatewayScrapeConfigs.hasPrefix(header + "- "), "expected a scrape_configs: document with its list at column 0")
            text += gatewayScrapeConfigs.dropFirst(header.count)
        } else {
            text += "- job_name: higress-gateway\n  metrics_path: /stats/prometheus\n  static_configs:\n"
            let namespace = HigressMetricsExposition.namespace
            for pod in HigressMetricsExposition.gatewayPods {
                let labels = [
                    ("__param_pod", pod), ("app", "higress-gateway"), ("container", "higress-gateway"), ("endpoint", "istio-prom"),
                    ("higress", HigressMetricsExposition.gatewayLabel), ("job", "\(namespace)/higress-gateway"),
                    ("kubernetes_namespace", namespace), ("kubernetes_pod_name", pod), ("namespace", namespace), ("pod", pod),
                    ("pod_template_hash", "7c9d5b8f4"), ("sidecar_istio_io_inject", "false"),
                ]
                text += "  - targets: ['\(address)']\n    labels:\n" + labels.map { "      \($0.0): '\($0.1)'\n" }.joined()
            }
        }
        text += "- job_name: kubelet-cadvisor\n  honor_labels: true\n  metrics_path: /metrics/cadvisor\n  static_configs:\n  - targets: ['\(address)']\n"
        return text
    }
}
