import GraftDSL
import Yams

/// Anything `graft render` writes under `manifests/monitors/`: a PodMonitor, a ServiceMonitor or a PrometheusRule.
public enum Monitor: Sendable, Hashable {
    /// A PodMonitor.
    case podMonitor(PodMonitor)
    /// A ServiceMonitor.
    case serviceMonitor(ServiceMonitor)
    /// A PrometheusRule.
    case prometheusRule(PrometheusRule)

    /// The object inside, whichever kind it is.
    private var object: any MonitoringObject {
        switch self {
        case .podMonitor(let monitor): return monitor
        case .serviceMonitor(let monitor): return monitor
        case .prometheusRule(let rule): return rule
        }
    }

    /// The Kubernetes kind (`PodMonitor`...).
    public var kind: String { type(of: object).kind }

    /// The object's metadata.
    public var metadata: ObjectMeta { object.metadata }

    /// The manifest as YAML, exactly as `renderManifests` writes it.
    public func yaml() throws -> [UInt8] { try YAMLText.bytes(yamlNode) }

    var yamlNode: Node { object.yamlNode }
}

extension ListBuilder where Element == Monitor {
    /// A PodMonitor in a list of monitors.
    public static func buildExpression(_ monitor: PodMonitor) -> [Monitor] { [.podMonitor(monitor)] }
    /// A ServiceMonitor in a list of monitors.
    public static func buildExpression(_ monitor: ServiceMonitor) -> [Monitor] { [.serviceMonitor(monitor)] }
    /// A PrometheusRule in a list of monitors.
    public static func buildExpression(_ rule: PrometheusRule) -> [Monitor] { [.prometheusRule(rule)] }
}
