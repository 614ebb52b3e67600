import Yams

/// A prometheus-operator object (monitoring.coreos.com/v1): a PodMonitor, ServiceMonitor or PrometheusRule.
protocol MonitoringObject: YAMLRepresentable, Sendable {
    /// The Kubernetes kind (`PodMonitor`...).
    static var kind: String { get }
    /// Name, namespace, labels, annotations.
    var metadata: ObjectMeta { get }
    /// The `spec`, its keys in the order written.
    var spec: Node { get }
}

extension MonitoringObject {
    var yamlNode: Node {
        KubernetesObject(apiVersion: "monitoring.coreos.com/v1", kind: Self.kind, metadata: metadata, body: spec).yamlNode
    }
}
