import GraftHigress
import Graft

/// The Higress AI gateway catalog: the console's three dashboards (MAIN, AI, LOG), the PodMonitor
/// that feeds them, the alert and recording rules, and the ai-statistics plugin that produces the AI
/// metrics and the `ai_log`; delivered to the `monitoring` namespace of a kube-prometheus-stack cluster
/// whose Grafana the console may embed.
public let higressCatalog = Catalog("higress", delivery: higressDelivery, metrics: higressMetrics) {
    higressMainDashboard.console(.main)
    higressAIDashboard.console(.ai)
    higressLogDashboard.console(.log)
    higressGatewayMonitor
    higressGatewayRules
    higressAIStatistics
}

/// How the catalog is delivered: kube-prometheus-stack's defaults, with the Prometheus it runs and the
/// Loki the Higress console's Promtail ships the gateway's access log to (`higress-console-loki:3100`),
/// and a Grafana that lets the console show its dashboards in an iframe (the console's own note:
/// `allow_embedding`, `cookie_samesite = none`, `cookie_secure`).
public let higressDelivery = DeliverySettings(
    datasources: [.prometheus(), .loki(url: "http://higress-console-loki.higress-system.svc:3100")],
    grafana: .embeddable)
