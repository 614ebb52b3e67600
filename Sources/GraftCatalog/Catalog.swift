import GraftDSL
import GraftModel
import GraftMonitoring

/// Everything a dashboards-as-code package delivers: its dashboards, the monitors and rules that feed
/// and watch them, and any other resource they depend on. The `graft` command line renders, checks and pushes a catalog.
public struct Catalog: Sendable {
    /// A short name for messages (`higress`).
    public var name: String
    /// The dashboards, in order.
    public var dashboards: [Dashboard] = []
    /// The prometheus-operator monitors and rules, in order.
    public var monitors: [Monitor] = []
    /// How the dashboards are delivered to a cluster: namespace, sidecar, grafana-operator, provisioning.
    public var delivery: DeliverySettings
    /// The metric families the dashboards read and the labels of the scraped pods (`graft lint` checks labels against them).
    public var metrics: MetricFamilies
    /// Other Kubernetes resources the catalog ships (an extension's, such as a Higress WasmPlugin), rendered under `manifests/`.
    public var resources: [KubernetesResource] = []
    /// The fields of the access log the log dashboards read, and who writes them (`graft lint` checks log queries against them).
    public var logFields = LogFields.unknown
    /// What extensions (a Higress console's slots...) record about the catalog, by extension type.
    private var extensions: [ObjectIdentifier: any Sendable] = [:]

    /// A catalog named `name` holding `content`, delivered with `delivery`, its metrics described by `metrics`.
    public init(_ name: String, delivery: DeliverySettings = DeliverySettings(), metrics: MetricFamilies = .unknown,
                @CatalogBuilder content: () -> [any CatalogContent]) {
        self.name = name
        self.delivery = delivery
        self.metrics = metrics
        for item in content() { item.add(to: &self) }
    }

    /// What the extension `type` records about this catalog (its empty value when it records nothing).
    public subscript<Extension: CatalogExtension>(_ type: Extension.Type) -> Extension {
        get { extensions[ObjectIdentifier(type)] as? Extension ?? Extension() }
        set { extensions[ObjectIdentifier(type)] = newValue }
    }
}

/// Something a catalog holds: a dashboard, a monitor, or an extension's entry. A package's own
/// kind of entry conforms just as the built-in ones do.
public protocol CatalogContent: Sendable {
    /// Adds this entry to `catalog`.
    func add(to catalog: inout Catalog)
}

/// What an extension of Graft (the Higress console, say) keeps in a catalog: a value per catalog,
/// empty until an entry of that extension sets it.
public protocol CatalogExtension: Sendable {
    /// The value of a catalog the extension has no entry in.
    init()
}

/// Builds a catalog's content: dashboards, monitors and extension entries, with `if` and `for`.
public typealias CatalogBuilder = ListBuilder<any CatalogContent>

extension Dashboard: CatalogContent {
    public func add(to catalog: inout Catalog) { catalog.dashboards.append(self) }
}

extension PodMonitor: CatalogContent {
    public func add(to catalog: inout Catalog) { catalog.monitors.append(.podMonitor(self)) }
}

extension ServiceMonitor: CatalogContent {
    public func add(to catalog: inout Catalog) { catalog.monitors.append(.serviceMonitor(self)) }
}

extension PrometheusRule: CatalogContent {
    public func add(to catalog: inout Catalog) { catalog.monitors.append(.prometheusRule(self)) }
}

extension KubernetesResource: CatalogContent {
    public func add(to catalog: inout Catalog) { catalog.resources.append(self) }
}
