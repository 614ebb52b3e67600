import GraftDSL
import Yams

/// A prometheus-operator PodMonitor (monitoring.coreos.com/v1): which pods to scrape, on which
/// container ports, with which relabelings.
public struct PodMonitor: Sendable, Hashable {
    /// Name, namespace, labels, annotations.
    public var metadata: ObjectMeta
    /// The pods to scrape, by label.
    public var selector: LabelSelector
    /// The namespaces to look in (the monitor's own when absent).
    public var namespaceSelector: NamespaceSelector?
    /// A pod label whose value becomes the `job` label.
    public var jobLabel: String?
    /// Pod labels copied onto every target.
    public var podTargetLabels: [String]
    /// The ports to scrape (`podMetricsEndpoints`).
    public var endpoints: [ScrapeEndpoint]
}

extension PodMonitor {
    /// A PodMonitor named `name` in `namespace`, with its endpoints written as a list.
    public init(name: String, namespace: String, labels: [String: String] = [:], selector: LabelSelector,
                namespaceSelector: NamespaceSelector? = nil, jobLabel: String? = nil, podTargetLabels: [String] = [],
                @ListBuilder<ScrapeEndpoint> endpoints: () -> [ScrapeEndpoint]) {
        self.init(metadata: ObjectMeta(name: name, namespace: namespace, labels: labels), selector: selector,
                  namespaceSelector: namespaceSelector, jobLabel: jobLabel, podTargetLabels: podTargetLabels, endpoints: endpoints())
    }
}

extension PodMonitor: MonitoringObject {
    static let kind = "PodMonitor"

    var spec: Node {
        .fields(["jobLabel": jobLabel, "namespaceSelector": namespaceSelector, "podMetricsEndpoints": endpoints,
                 "podTargetLabels": podTargetLabels, "selector": selector])
    }
}
