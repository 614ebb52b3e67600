import GraftHigress
import Graft

/// The Higress AI gateway catalog: its dashboard and the PodMonitor that feeds it, delivered to the
/// `monitoring` namespace of a kube-prometheus-stack cluster.
public let higressCatalog = Catalog("higress", metrics: higressMetrics) {
    higressAIDashboard.console(.ai)
    higressGatewayMonitor
}
