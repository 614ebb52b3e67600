import Graft

/// The thresholds the Higress alerts fire at: one place for every objective the catalog sets.
public struct HigressAlertObjectives: Sendable, Hashable {
    /// The share of requests (downstream, or to one upstream service) that may fail with a 5xx.
    public var serverErrorRatio = 0.05
    /// The P99 of downstream requests, in milliseconds (LLM answers take seconds).
    public var p99LatencyMilliseconds = 30_000
    /// The mean duration of an LLM request, per model, in milliseconds.
    public var llmRequestMilliseconds = 60_000
    /// The mean time to the first streamed token, per model, in milliseconds.
    public var llmFirstTokenMilliseconds = 5_000
    /// The tokens a consumer may use in 24 hours.
    public var consumerDailyTokenBudget = 5_000_000

    /// The catalog's objectives.
    public init() {}
}

/// The series of Higress gateway pods, which the PodMonitor's labelmap gives their `higress` pod label, and not those of
/// other Envoys the same Prometheus scrapes (Istio's sidecars and gateways name listeners and clusters alike).
private let anyGateway = #"higress!="""#

/// The series the Higress alerts and the Higress Gateway dashboard share, recorded every evaluation.
enum HigressRecorded {
    /// Downstream requests per second on the gateway's listeners (the `stats` listener left out), per gateway.
    static let downstreamRequests = Rule.record("higress:downstream_requests:rate5m", expr: """
        sum by (higress) (rate(envoy_http_downstream_rq_total{\(anyGateway), \(gatewayListeners)}[5m]))
        """)
    /// The share of downstream requests answered 5xx, per gateway.
    static let downstreamServerErrors = Rule.record("higress:downstream_5xx:ratio_rate5m", expr: """
        sum by (higress) (rate(envoy_http_downstream_rq{\(anyGateway), \(gatewayListeners), response_code_class="5xx"}[5m]))
        /
        sum by (higress) (rate(envoy_http_downstream_rq_total{\(anyGateway), \(gatewayListeners)}[5m]))
        """)
    /// The P99 of downstream request durations in milliseconds, per gateway.
    static let downstreamP99 = Rule.record("higress:downstream_latency_ms:p99_rate5m", expr: """
        histogram_quantile(0.99, sum by (higress, le) (rate(envoy_http_downstream_rq_time_bucket{\(anyGateway), \(gatewayListeners)}[5m])))
        """)
    /// The share of requests to each upstream service answered 5xx (0 for a service without any), per gateway.
    static let upstreamServerErrors = Rule.record("higress:upstream_5xx:ratio_rate5m", expr: """
        (
          sum by (higress, cluster_name) (rate(envoy_cluster_upstream_rq{\(anyGateway), \(serviceCluster), response_code_class="5xx"}[5m]))
          or
          0 * sum by (higress, cluster_name) (rate(envoy_cluster_upstream_rq_total{\(anyGateway), \(serviceCluster)}[5m]))
        )
        /
        sum by (higress, cluster_name) (rate(envoy_cluster_upstream_rq_total{\(anyGateway), \(serviceCluster)}[5m]))
        """)
    /// The P99 of each upstream service's request durations in milliseconds, per gateway.
    static let upstreamP99 = Rule.record("higress:upstream_latency_ms:p99_rate5m", expr: """
        histogram_quantile(0.99, sum by (higress, cluster_name, le) (rate(envoy_cluster_upstream_rq_time_bucket{\(anyGateway), \(serviceCluster)}[5m])))
        """)
    /// The mean LLM request duration in milliseconds, per gateway and model.
    static let llmRequestDuration = Rule.record("higress:llm_request_ms:mean_rate5m", expr: perModelMean("llm_service_duration", "llm_duration_count"))
    /// The mean time to the first streamed token in milliseconds, per gateway and model.
    static let llmFirstToken = Rule.record("higress:llm_first_token_ms:mean_rate5m",
                                           expr: perModelMean("llm_first_token_duration", "llm_stream_duration_count"))
    /// The tokens each consumer used in the last 24 hours, per gateway.
    static let consumerDailyTokens = Rule.record("higress:consumer_tokens:increase1d", expr: """
        sum by (higress, ai_consumer) (increase(route_upstream_model_consumer_metric_total_token{\(anyGateway)}[1d]))
        """)

    /// The rules, in the order they are evaluated.
    static let all = [downstreamRequests, downstreamServerErrors, downstreamP99, upstreamServerErrors, upstreamP99,
                      llmRequestDuration, llmFirstToken, consumerDailyTokens]

    /// `sum(rate(total)) / sum(rate(count))` of two ai-statistics counters, per gateway and model.
    private static func perModelMean(_ total: String, _ count: String) -> String {
        """
        sum by (higress, ai_model) (rate(route_upstream_model_consumer_metric_\(total){\(anyGateway)}[5m]))
        /
        sum by (higress, ai_model) (rate(route_upstream_model_consumer_metric_\(count){\(anyGateway)}[5m]))
        """
    }
}

/// The `job` label of the gateway's series: prometheus-operator names a PodMonitor's job `<namespace>/<name>`.
let higressGatewayJob = "\(higressGatewayMonitor.metadata.namespace ?? "")/\(higressGatewayMonitor.metadata.name)"

/// The Higress alert rules (no Higress project ships any): the gateway down or not live, its 5xx ratio
/// downstream and per upstream service, its P99, its xDS connection to the controller, LLM request
/// duration and first-token latency per model, and each consumer's tokens against a daily budget; with
/// the recording rules they and the Higress Gateway dashboard share.
public func higressRules(objectives: HigressAlertObjectives = HigressAlertObjectives()) -> PrometheusRule {
    let percent = Int((objectives.serverErrorRatio * 100).rounded())
    return PrometheusRule(name: "higress-gateway", namespace: "higress-system") {
        RuleGroup("higress-gateway.rules") { HigressRecorded.all }
        RuleGroup("higress-gateway.alerts") {
            Rule.alert("HigressGatewayDown", expr: #"up{job="\#(higressGatewayJob)"} == 0 or envoy_server_live{job="\#(higressGatewayJob)"} == 0"#,
                       for: "5m", severity: .critical,
                       summary: "Higress gateway pod {{ $labels.pod }} is down",
                       description: "Prometheus cannot scrape gateway pod {{ $labels.pod }} of {{ $labels.higress }}, or its Envoy is not live (draining or starting): it serves no traffic.")
            exceeding("HigressDownstreamServerErrors", HigressRecorded.downstreamServerErrors, objectives.serverErrorRatio, for: "5m",
                      summary: "Higress gateway {{ $labels.higress }} answers over \(percent)% of requests with 5xx",
                      description: "{{ $value | humanizePercentage }} of the requests to gateway {{ $labels.higress }} failed with a 5xx over the last 5 minutes.")
            exceeding("HigressUpstreamServerErrors", HigressRecorded.upstreamServerErrors, objectives.serverErrorRatio, for: "5m",
                      summary: "Upstream {{ $labels.cluster_name }} answers over \(percent)% of requests with 5xx",
                      description: "{{ $value | humanizePercentage }} of the requests gateway {{ $labels.higress }} sent to {{ $labels.cluster_name }} failed with a 5xx over the last 5 minutes.")
            exceeding("HigressHighLatency", HigressRecorded.downstreamP99, objectives.p99LatencyMilliseconds, for: "15m",
                      summary: "Higress gateway {{ $labels.higress }} P99 latency is over \(objectives.p99LatencyMilliseconds / 1000) s",
                      description: "The 99th percentile of request durations on gateway {{ $labels.higress }} has been \(milliseconds) for 15 minutes.")
            Rule.alert("HigressControllerConnectionLost", expr: """
                sum by (higress, pod) (envoy_cluster_upstream_cx_active{\(anyGateway), cluster_name="xds-grpc"}) < 1
                or
                sum by (higress, pod) (rate(envoy_cluster_upstream_cx_connect_fail{\(anyGateway), cluster_name="xds-grpc"}[5m])) > 0
                """, for: "5m", severity: .critical,
                       summary: "Higress gateway pod {{ $labels.pod }} has no xDS connection to the controller",
                       description: "Gateway pod {{ $labels.pod }} of {{ $labels.higress }} has no open connection to the Higress controller (xds-grpc), or its connections keep failing: it gets no configuration changes.")
            exceeding("HigressLLMRequestsSlow", HigressRecorded.llmRequestDuration, objectives.llmRequestMilliseconds, for: "10m",
                      summary: "LLM requests to {{ $labels.ai_model }} take over \(objectives.llmRequestMilliseconds / 1000) s",
                      description: "Requests to model {{ $labels.ai_model }} through gateway {{ $labels.higress }} took \(milliseconds) on average over the last 5 minutes.")
            exceeding("HigressLLMFirstTokenSlow", HigressRecorded.llmFirstToken, objectives.llmFirstTokenMilliseconds, for: "10m",
                      summary: "The first token from {{ $labels.ai_model }} takes over \(objectives.llmFirstTokenMilliseconds / 1000) s",
                      description: "Streamed answers of model {{ $labels.ai_model }} through gateway {{ $labels.higress }} started after \(milliseconds) on average over the last 5 minutes.")
            exceeding("HigressConsumerTokenBudgetExceeded", HigressRecorded.consumerDailyTokens, objectives.consumerDailyTokenBudget, for: "5m",
                      summary: "Consumer {{ $labels.ai_consumer }} used over \(objectives.consumerDailyTokenBudget) tokens in 24 hours",
                      description: "Consumer {{ $labels.ai_consumer }} used {{ $value | humanize }} tokens through gateway {{ $labels.higress }} in the last 24 hours; its budget is \(objectives.consumerDailyTokenBudget).")
        }
    }
}

/// An alert's value in milliseconds, as a whole number (`humanize` would print `59.7k ms`).
private let milliseconds = #"{{ printf "%.0f" $value }} ms"#

/// A warning named `name` when the series `recorded` writes stays above `threshold` for `duration`.
private func exceeding(_ name: String, _ recorded: Rule, _ threshold: some CustomStringConvertible, for duration: String,
                       summary: String, description: String) -> Rule {
    Rule.alert(name, expr: "\(recorded.name) > \(threshold)", for: duration, severity: .warning, summary: summary, description: description)
}

/// The catalog's rules, at its objectives.
public let higressGatewayRules = higressRules()
