import GraftDSL
import Yams

/// A prometheus-operator ServiceMonitor (monitoring.coreos.com/v1): which services' endpoints to
/// scrape, on which service ports.
public struct ServiceMonitor: Sendable, Hashable {
    /// Name, namespace, labels, annotations.
    public var metadata: ObjectMeta
    /// The services to scrape, by label.
    public var selector: LabelSelector
    /// The namespaces to look in (the monitor's own when absent).
    public var namespaceSelector: NamespaceSelector?
    /// A service label whose value becomes the `job` label.
    public var jobLabel: String?
    /// Service labels copied onto every target.
    public var targetLabels: [String]
    /// Pod labels copied onto every target.
    public var podTargetLabels: [String]
    /// The ports to scrape.
    public var endpoints: [ScrapeEndpoint]
}

extension ServiceMonitor {
    /// A ServiceMonitor named `name` in `namespace`, with its endpoints written as a list.
    public init(name: String, namespace: String, labels: [String: String] = [:], selector: LabelSelector,
                namespaceSelector: NamespaceSelector? = nil, jobLabel: String? = nil, targetLabels: [String] = [],
                podTargetLabels: [String] = [], @ListBuilder<ScrapeEndpoint> endpoints: () -> [ScrapeEndpoint]) {
        self.init(metadata: ObjectMeta(name: name, namespace: namespace, labels: labels), selector: selector,
                  namespaceSelector: namespaceSelector, jobLabel: jobLabel, targetLabels: targetLabels,
                  podTargetLabels: podTargetLabels, endpoints: endpoints())
    }
}

extension ServiceMonitor: MonitoringObject {
    static let kind = "ServiceMonitor"

    var spec: Node {
        .fields(["endpoints": endpoints, "jobLabel": jobLabel, "namespaceSelector": namespaceSelector,
                 "podTargetLabels": podTargetLabels, "selector": selector, "targetLabels": targetLabels])
    }
}
