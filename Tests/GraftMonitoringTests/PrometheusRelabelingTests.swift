import Foundation
import GraftMonitoring
import GraftTestSupport
import HigressCatalog
import Testing

/// The labels Kubernetes pod discovery would give a container port of a pod.
func podTarget(pod: String, app: String, portName: String, scrape: Bool, metricsPort: Int) -> StaticTargetGroup {
    var labels = [
        "__meta_kubernetes_namespace": "higress-system",
        "__meta_kubernetes_pod_name": pod,
        "__meta_kubernetes_pod_phase": "Running",
        "__meta_kubernetes_pod_container_name": app,
        "__meta_kubernetes_pod_container_port_name": portName,
        "__meta_kubernetes_pod_label_app": app,
        "__meta_kubernetes_pod_labelpresent_app": "true",
        "__meta_kubernetes_pod_label_higress": "higress-system-\(app)",
        "__meta_kubernetes_pod_labelpresent_higress": "true",
        "__meta_kubernetes_pod_annotation_prometheus_io_port": String(metricsPort),
        "__meta_kubernetes_pod_annotation_prometheus_io_path": "/metrics",
    ]
    if scrape { labels["__meta_kubernetes_pod_annotation_prometheus_io_scrape"] = "true" }
    // Discovery's address is the pod IP and container port; the annotation relabeling moves it to the metrics port.
    return StaticTargetGroup(targets: ["127.0.0.1:15020"], labels: labels)
}

/// The Prometheus HTTP API as the relabeling test reads it.
extension LocalPrometheus {
    /// The `data` of an API answer.
    func api(_ path: String) throws -> Any? {
        let (status, body) = try Loopback.get(port: port, path: path)
        guard status == 200, let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return nil }
        return object["data"]
    }

    /// The series of an instant query, as label sets.
    func query(_ promQL: String) throws -> [[String: String]] {
        let encoded = promQL.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? promQL
        let data = try api("/api/v1/query?query=\(encoded)") as? [String: Any]
        let result = data?["result"] as? [[String: Any]] ?? []
        return result.map { $0["metric"] as? [String: String] ?? [:] }
    }
}

@Suite(.enabled(if: TestEnvironment.prometheus != nil && TestEnvironment.promtool != nil,
                "skipped: prometheus/promtool are not installed (apt-get install -y prometheus)"))
struct PrometheusRelabelingTests {
    @Test func theRenderedRelabelingsWorkInARealPrometheus() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = try LocalPrometheus.freePort()
        let gatewayPods = ["higress-gateway-6f55cb6d54-jdxvj", "higress-gateway-6f55cb6d54-sj8g2"]
        // Two gateway pods, and three decoys: no scrape annotation, the wrong port, another app.
        let targets = gatewayPods.map { podTarget(pod: $0, app: "higress-gateway", portName: "istio-prom", scrape: true, metricsPort: port) } + [
            podTarget(pod: "higress-gateway-6f55cb6d54-noann", app: "higress-gateway", portName: "istio-prom", scrape: false, metricsPort: port),
            podTarget(pod: "higress-gateway-6f55cb6d54-jdxvj", app: "higress-gateway", portName: "http-envoy-prom", scrape: true, metricsPort: port),
            podTarget(pod: "higress-controller-5497c65c95-j6784", app: "higress-controller", portName: "istio-prom", scrape: true, metricsPort: port),
        ]
        let config = ScrapeConfigFile(scrapeInterval: "1s", evaluationInterval: "1s",
                                      scrapeConfigs: higressGatewayMonitor.scrapeConfigs(discovery: .staticTargets(targets)))
        let yaml = try config.yaml()
        let configPath = try write(yaml, to: "check.yml", in: folder).path
        let check = try runCommand(TestEnvironment.promtool!, ["check", "config", configPath])
        #expect(check.status == 0, "\(check.output)")

        let server = try LocalPrometheus(configuration: String(decoding: yaml, as: UTF8.self), port: port)
        defer { server.stop() }
        // Up to 60 s for both gateway pods to have been scraped (each scrape reads Prometheus's own /metrics).
        var up: [[String: String]] = []
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            up = (try? server.query("up == 1")) ?? []
            if up.count >= gatewayPods.count { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        try #require(up.count == gatewayPods.count, "up series: \(up)\n\(server.logTail)")
        for series in up {
            #expect(series["higress"] == "higress-system-higress-gateway")
            #expect(series["app"] == "higress-gateway")
            #expect(series["kubernetes_namespace"] == "higress-system")
            #expect(series["job"] == "higress-system/higress-gateway")
            #expect(series["endpoint"] == "istio-prom")
            #expect(series["namespace"] == "higress-system")
            #expect(series["container"] == "higress-gateway")
            #expect(series["instance"] == "127.0.0.1:\(port)")
        }
        #expect(Set(up.compactMap { $0["kubernetes_pod_name"] }) == Set(gatewayPods))
        #expect(Set(up.compactMap { $0["pod"] }) == Set(gatewayPods))
        // The scraped metrics themselves carry the labels the dashboards filter on.
        let built = try server.query(#"prometheus_build_info{higress="higress-system-higress-gateway"}"#)
        #expect(Set(built.compactMap { $0["kubernetes_pod_name"] }) == Set(gatewayPods))
        // Only the two gateway pods are scraped: the decoys were dropped by the relabelings.
        let perPod = try server.query("count by (kubernetes_pod_name) (up)")
        #expect(Set(perPod.compactMap { $0["kubernetes_pod_name"] }) == Set(gatewayPods))
        let dropped = try server.api("/api/v1/targets?state=dropped") as? [String: Any]
        let droppedTargets = dropped?["droppedTargets"] as? [[String: Any]] ?? []
        let droppedPods = droppedTargets.compactMap { ($0["discoveredLabels"] as? [String: String])?["__meta_kubernetes_pod_name"] }
        #expect(droppedPods.sorted() == ["higress-controller-5497c65c95-j6784", "higress-gateway-6f55cb6d54-jdxvj", "higress-gateway-6f55cb6d54-noann"])
    }
}
