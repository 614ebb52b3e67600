import GraftDSL
import GraftGrafana
import GraftModel
import GraftMonitoring

/// Everything a dashboards-as-code package delivers: its dashboards and the monitors that feed
/// them. The `graft` command line renders, checks and pushes a catalog.
public struct Catalog: Sendable {
    /// A short name for messages (`higress`).
    public var name: String
    /// The dashboards, in order.
    public var dashboards: [Dashboard]
    /// The prometheus-operator monitors and rules, in order.
    public var monitors: [Monitor]
    /// The Higress console slot (MAIN, AI, LOG) each dashboard fills, by dashboard uid.
    public var consoleSlots: [String: ConsoleSlot]
    /// How the dashboards are delivered to a cluster: namespace, sidecar, grafana-operator, provisioning.
    public var delivery: DeliverySettings
    /// The metric families the dashboards read and the labels of the scraped pods (`graft lint` checks labels against them).
    public var metrics: MetricFamilies

    /// A catalog named `name` holding `content`, delivered with `delivery`, its metrics described by `metrics`.
    public init(_ name: String, delivery: DeliverySettings = DeliverySettings(), metrics: MetricFamilies = .unknown,
                @ListBuilder<CatalogItem> content: () -> [CatalogItem]) {
        self.name = name
        self.delivery = delivery
        self.metrics = metrics
        dashboards = []
        monitors = []
        consoleSlots = [:]
        for item in content() {
            switch item {
            case let .dashboard(dashboard, console):
                if let console, let uid = dashboard.model.uid { consoleSlots[uid] = console }
                dashboards.append(dashboard)
            case .monitor(let monitor):
                monitors.append(monitor)
            }
        }
    }
}

/// One entry of a catalog.
public enum CatalogItem: Sendable {
    /// A dashboard, and the Higress console slot it fills, if any.
    case dashboard(Dashboard, console: ConsoleSlot?)
    /// A PodMonitor, ServiceMonitor or PrometheusRule.
    case monitor(Monitor)
}

extension ListBuilder where Element == CatalogItem {
    public static func buildExpression(_ dashboard: Dashboard) -> [CatalogItem] { [.dashboard(dashboard, console: nil)] }
    public static func buildExpression(_ monitor: PodMonitor) -> [CatalogItem] { [.monitor(.podMonitor(monitor))] }
    public static func buildExpression(_ monitor: ServiceMonitor) -> [CatalogItem] { [.monitor(.serviceMonitor(monitor))] }
    public static func buildExpression(_ rule: PrometheusRule) -> [CatalogItem] { [.monitor(.prometheusRule(rule))] }
}

extension Dashboard {
    /// This dashboard as a catalog entry that fills the Higress console's `slot` (MAIN, AI or LOG):
    /// `graft push --higress-console URL` points the slot at it after pushing.
    public func console(_ slot: ConsoleSlot) -> CatalogItem { .dashboard(self, console: slot) }
}
