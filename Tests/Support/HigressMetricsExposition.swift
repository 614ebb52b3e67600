import Foundation

/// What a Higress gateway pod and the kubelet answer to Prometheus, in the text exposition format
/// 0.0.4: the metric families the Higress dashboards read, with their real names, label names and
/// types, and invented values that grow with time.
///
/// Real: Envoy's families and tags as Higress's bootstrap extracts them (`cluster_name` keeping `|`,
/// `http_conn_manager_prefix`, `response_code_class` and per-code `response_code` series), Envoy's
/// default histogram buckets (milliseconds), the ai-statistics plugin's counters with `ai_route`,
/// `ai_cluster`, `ai_model`, `ai_consumer`, cAdvisor's container series (and pod-level ones with
/// `container=""`). Invented: every value, pod, route, model and consumer name.
public struct HigressMetricsExposition: Sendable {
    /// The gateway pods (`/stats/prometheus?pod=NAME`).
    public static let gatewayPods = ["higress-gateway-7c9d5b8f4-2xkqp", "higress-gateway-7c9d5b8f4-m8zrt"]
    /// The controller pod, whose `higress-core` and `discovery` containers cAdvisor reports.
    public static let controllerPod = "higress-controller-6d4b9c7f85-hq5nw"
    /// The namespace Higress runs in.
    public static let namespace = "higress-system"
    /// The gateway pods' `higress` label: `<namespace>-<gateway name>`.
    public static let gatewayLabel = "higress-system-higress-gateway"
    /// Envoy's default histogram bucket bounds, in milliseconds.
    public static let envoyBuckets: [Double] = [0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000,
                                                300000, 600000, 1800000, 3600000]

    /// Traffic to one upstream cluster: requests per second, shares of 2xx/4xx/5xx, mean latency (ms), open connections.
    private struct Cluster {
        var name: String
        var rate: Double
        var shares: (ok: Double, client: Double, server: Double)
        var latency: Double
        var active: Int
    }

    /// The gateway's clusters: AI providers (`.internal.dns`/`.internal.static`), services, and the bootstrap's own.
    private static let clusters = [
        Cluster(name: "outbound|443||llm-qwen.internal.dns", rate: 5, shares: (0.95, 0.03, 0.02), latency: 2100, active: 7),
        Cluster(name: "outbound|443||llm-deepseek.internal.dns", rate: 3.5, shares: (0.94, 0.04, 0.02), latency: 4800, active: 5),
        Cluster(name: "outbound|80||llm-gpustack-10-24.internal.static", rate: 2.5, shares: (0.96, 0.03, 0.01), latency: 6500, active: 3),
        Cluster(name: "outbound|8080||higress-console.higress-system.svc.cluster.local", rate: 1.5, shares: (0.99, 0.01, 0), latency: 15, active: 2),
        Cluster(name: "outbound|80||httpbin.default.svc.cluster.local", rate: 4, shares: (0.9, 0.07, 0.03), latency: 10, active: 3),
        Cluster(name: "xds-grpc", rate: 0.2, shares: (1, 0, 0), latency: 30000, active: 1),
        Cluster(name: "prometheus_stats", rate: 0.5, shares: (1, 0, 0), latency: 2, active: 1),
        Cluster(name: "agent", rate: 0.1, shares: (1, 0, 0), latency: 1, active: 1),
        Cluster(name: "sds-grpc", rate: 0, shares: (1, 0, 0), latency: 0, active: 0),
        Cluster(name: "BlackHoleCluster", rate: 0, shares: (1, 0, 0), latency: 0, active: 0),
    ]

    /// The HTTP connection managers: the gateway's two listeners (share of the traffic) and Envoy's stats listener.
    private static let listeners: [(prefix: String, share: Double)] = [("outbound_0.0.0.0_80", 0.7), ("outbound_0.0.0.0_443", 0.3)]

    /// One AI route's traffic: requests per second, tokens in and out per request, first-token and service time (ms), streamed share.
    private struct AIRoute {
        var route: String, cluster: String, model: String, consumer: String
        var rate: Double, inputTokens: Double, outputTokens: Double, firstToken: Double, service: Double, streamed: Double
    }

    private static let aiRoutes = [
        AIRoute(route: "ai-route-qwen.internal", cluster: "outbound|443||llm-qwen.internal.dns", model: "qwen-turbo", consumer: "General",
                rate: 1.8, inputTokens: 45, outputTokens: 400, firstToken: 280, service: 2200, streamed: 0.8),
        AIRoute(route: "ai-route-qwen.internal", cluster: "outbound|443||llm-qwen.internal.dns", model: "qwen-turbo", consumer: "none",
                rate: 0.5, inputTokens: 30, outputTokens: 350, firstToken: 300, service: 2400, streamed: 0.5),
        AIRoute(route: "ai-route-deepseek.internal", cluster: "outbound|443||llm-deepseek.internal.dns", model: "deepseek-chat", consumer: "General",
                rate: 1.2, inputTokens: 55, outputTokens: 600, firstToken: 650, service: 5000, streamed: 1),
        AIRoute(route: "ai-route-gpustack.internal", cluster: "outbound|80||llm-gpustack-10-24.internal.static", model: "DeepSeek-V3.1",
                consumer: "team-a", rate: 0.9, inputTokens: 25, outputTokens: 480, firstToken: 110, service: 6600, streamed: 1),
    ]

    /// An exposition of the metrics as they are `seconds` after the fixture started.
    public init() {}

    /// Envoy's `/stats/prometheus` for gateway pod `pod` (an index into `gatewayPods`) at `seconds`.
    public func envoyStats(pod: Int, at seconds: Double) -> String {
        var text = ExpositionText()
        let scale = pod == 0 ? 1.0 : 0.8
        let phase = 0.9 * Double(pod)
        func counter(_ rate: Double, _ shift: Double, base: Double = 0) -> Double {
            HigressMetricsExposition.grow(rate * scale, at: seconds, phase: phase + shift, base: base)
        }
        text.sample("envoy_server_live", .gauge, [:], 1)
        text.sample("envoy_server_hot_restart_epoch", .gauge, [:], 0)
        text.sample("envoy_server_uptime", .gauge, [:], (86_400 + seconds).rounded(.down))

        for (index, cluster) in HigressMetricsExposition.clusters.enumerated() {
            let shift = 0.37 * Double(index)
            let labels = ["cluster_name": cluster.name]
            let requests = counter(cluster.rate, shift, base: 500 * cluster.rate)
            text.sample("envoy_cluster_upstream_rq_total", .counter, labels, requests)
            for (classLabel, code, share) in [("2xx", "200", cluster.shares.ok), ("4xx", "404", cluster.shares.client), ("5xx", "503", cluster.shares.server)]
            where share > 0 {
                let value = counter(cluster.rate * share, shift + 0.1, base: 500 * cluster.rate * share)
                // Envoy's per-class and per-code counters land in one family, with one label or the other.
                text.sample("envoy_cluster_upstream_rq", .counter, labels.merging(["response_code_class": classLabel]) { $1 }, value)
                text.sample("envoy_cluster_upstream_rq", .counter, labels.merging(["response_code": code]) { $1 }, value)
            }
            let connectRate = cluster.name == "xds-grpc" ? 0.002 : cluster.rate / 40
            text.sample("envoy_cluster_upstream_cx_total", .counter, labels, counter(connectRate, shift, base: Double(max(1, cluster.active))))
            text.sample("envoy_cluster_upstream_cx_connect_fail", .counter, labels, 0)
            text.sample("envoy_cluster_upstream_cx_active", .gauge, labels, Double(cluster.active))
            let (received, sent) = cluster.name == "xds-grpc" ? (18_000.0, 700.0) : (cluster.rate * 3_500, cluster.rate * 850)
            text.sample("envoy_cluster_upstream_cx_rx_bytes_total", .counter, labels, counter(received, shift))
            text.sample("envoy_cluster_upstream_cx_tx_bytes_total", .counter, labels, counter(sent, shift))
            if cluster.rate > 0 {
                text.histogram("envoy_cluster_upstream_rq_time", labels, count: requests, mean: cluster.latency)
            }
        }

        let downstream = HigressMetricsExposition.clusters.prefix(5).reduce(0) { $0 + $1.rate } * 1.03
        let listeners = HigressMetricsExposition.listeners.map { ($0.prefix, downstream * $0.share) } + [("stats", 0.5)]
        for (index, (prefix, rate)) in listeners.enumerated() {
            let shift = 0.53 * Double(index)
            let labels = ["http_conn_manager_prefix": prefix]
            let requests = counter(rate, shift, base: 800 * rate)
            text.sample("envoy_http_downstream_rq_total", .counter, labels, requests)
            let shares = prefix == "stats" ? [("1xx", 0.0), ("2xx", 1.0), ("3xx", 0.0), ("4xx", 0.0), ("5xx", 0.0)]
                : [("1xx", 0.0), ("2xx", 0.94), ("3xx", 0.0), ("4xx", 0.04), ("5xx", 0.02)]
            for (classLabel, share) in shares {  // the connection manager counts classes only
                text.sample("envoy_http_downstream_rq", .counter, labels.merging(["response_code_class": classLabel]) { $1 },
                            counter(rate * share, shift + 0.2, base: 800 * rate * share))
            }
            text.sample("envoy_http_downstream_cx_rx_bytes_total", .counter, labels, counter(rate * 1_200, shift))
            text.sample("envoy_http_downstream_cx_tx_bytes_total", .counter, labels, counter(rate * 4_800, shift))
            text.sample("envoy_http_downstream_cx_active", .gauge, labels, prefix == "stats" ? 1 : 4)
            text.histogram("envoy_http_downstream_rq_time", labels, count: requests, mean: prefix == "stats" ? 2 : 1_900)
        }

        // ai-statistics: wasmcustom.route.<r>.upstream.<c>.model.<m>.consumer.<u>.metric.<name>, counters only.
        let prefix = "route_upstream_model_consumer_metric_"
        for (index, route) in HigressMetricsExposition.aiRoutes.enumerated() {
            let shift = 0.61 * Double(index)
            let labels = ["ai_route": route.route, "ai_cluster": route.cluster, "ai_model": route.model, "ai_consumer": route.consumer]
            let tokens = [("input_token", route.inputTokens), ("output_token", route.outputTokens),
                          ("total_token", route.inputTokens + route.outputTokens)]
            for (name, perRequest) in tokens {
                text.sample(prefix + name, .counter, labels, counter(route.rate * perRequest, shift, base: 100 * route.rate * perRequest))
            }
            text.sample(prefix + "llm_service_duration", .counter, labels, counter(route.rate * route.service, shift, base: 100 * route.rate * route.service))
            text.sample(prefix + "llm_duration_count", .counter, labels, counter(route.rate, shift, base: 100 * route.rate))
            if route.streamed > 0 {
                let streams = route.rate * route.streamed
                text.sample(prefix + "llm_first_token_duration", .counter, labels, counter(streams * route.firstToken, shift, base: 100 * streams * route.firstToken))
                text.sample(prefix + "llm_stream_duration_count", .counter, labels, counter(streams, shift, base: 100 * streams))
            }
        }
        return text.rendered
    }

    /// The kubelet's `/metrics/cadvisor` for the Higress pods at `seconds`.
    public func cAdvisor(at seconds: Double) -> String {
        var text = ExpositionText()
        let pods = HigressMetricsExposition.gatewayPods
        typealias Container = (pod: String, container: String, image: String, cores: Double, memory: Double)
        let registry = "higress-registry.cn-hangzhou.cr.aliyuncs.com/higress/"
        var containers: [Container] = []
        for (index, pod) in pods.enumerated() {
            containers.append((pod, "higress-gateway", registry + "gateway:2.1.9", 0.14 + 0.02 * Double(index), 170e6 + 15e6 * Double(index)))
        }
        containers.append((HigressMetricsExposition.controllerPod, "higress-core", registry + "higress:2.1.9", 0.03, 90e6))
        containers.append((HigressMetricsExposition.controllerPod, "discovery", registry + "pilot:2.1.9", 0.04, 135e6))
        for (index, entry) in containers.enumerated() {
            let hex = String(0xc0ffee00 + index, radix: 16)
            let cgroup = String(repeating: "0", count: 64 - hex.count) + hex
            let labels = ["container": entry.container, "id": "/kubepods/burstable/pod\(index)/\(cgroup)", "image": entry.image,
                          "name": cgroup, "namespace": HigressMetricsExposition.namespace, "pod": entry.pod]
            text.sample("container_cpu_usage_seconds_total", .counter, labels,
                        HigressMetricsExposition.grow(entry.cores, at: seconds, phase: Double(index), base: 4_000 * entry.cores, integer: false))
            text.sample("container_memory_working_set_bytes", .gauge, labels, (entry.memory + 3e6 * sin(seconds / 43 + Double(index))).rounded())
        }
        // cAdvisor also reports each pod's own cgroup, with an empty container label.
        for (index, pod) in (pods + [HigressMetricsExposition.controllerPod]).enumerated() {
            let labels = ["container": "", "id": "/kubepods/burstable/pod\(index)", "image": "", "name": "",
                          "namespace": HigressMetricsExposition.namespace, "pod": pod]
            text.sample("container_cpu_usage_seconds_total", .counter, labels,
                        HigressMetricsExposition.grow(0.2, at: seconds, phase: 0, base: 5_000, integer: false))
            text.sample("container_memory_working_set_bytes", .gauge, labels, 240e6)
        }
        return text.rendered
    }

    /// A counter's value at `seconds`: `base`, plus `rate` per second swinging between half and one and
    /// a half times `rate` over a 29 s period, so it never decreases; whole numbers like Envoy's counters.
    static func grow(_ rate: Double, at seconds: Double, phase: Double, base: Double, integer: Bool = true) -> Double {
        let period = 29.0
        let value = base + rate * (seconds + 0.5 * period * (cos(phase) - cos(seconds / period + phase)))
        return integer ? value.rounded(.down) : (value * 1_000_000).rounded(.down) / 1_000_000
    }
}

/// Text in the exposition format, family by family in the order they first appear.
struct ExpositionText {
    /// A family's `# TYPE`.
    enum Kind: String {
        case counter, gauge, histogram
    }

    private var order: [String] = []
    private var families: [String: (kind: Kind, lines: [String])] = [:]

    /// One sample of family `name`.
    mutating func sample(_ name: String, _ kind: Kind, _ labels: [String: String], _ value: Double, series: String? = nil) {
        if families[name] == nil {
            order.append(name)
            families[name] = (kind, [])
        }
        let labelText = labels.keys.sorted().map { key in
            let escaped = labels[key]!.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
            return "\(key)=\"\(escaped)\""
        }.joined(separator: ",")
        let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        families[name]!.lines.append("\(series ?? name)\(labelText.isEmpty ? "" : "{\(labelText)}") \(number)")
    }

    /// A histogram of `count` observations with mean `mean` ms over Envoy's buckets: cumulative
    /// counts from a log-logistic distribution whose median is the mean, `+Inf` equal to `_count`.
    mutating func histogram(_ name: String, _ labels: [String: String], count: Double, mean: Double) {
        for bound in HigressMetricsExposition.envoyBuckets {
            let share = 1 / (1 + pow(bound / mean, -2.5))
            let le = bound == bound.rounded() ? String(Int(bound)) : String(bound)
            sample(name, .histogram, labels.merging(["le": le]) { $1 }, (count * share).rounded(.down), series: name + "_bucket")
        }
        sample(name, .histogram, labels.merging(["le": "+Inf"]) { $1 }, count, series: name + "_bucket")
        sample(name, .histogram, labels, count * mean, series: name + "_sum")
        sample(name, .histogram, labels, count, series: name + "_count")
    }

    /// The text: `# TYPE` then the samples of each family.
    var rendered: String {
        order.map { name in
            let family = families[name]!
            return (["# TYPE \(name) \(family.kind.rawValue)"] + family.lines).joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}
