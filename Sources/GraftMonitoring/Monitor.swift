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

    /// The Kubernetes kind (`PodMonitor`...).
    public var kind: String {
        switch self {
        case .podMonitor: return "PodMonitor"
        case .serviceMonitor: return "ServiceMonitor"
        case .prometheusRule: return "PrometheusRule"
        }
    }

    /// The object's metadata.
    public var metadata: ObjectMeta {
        switch self {
        case .podMonitor(let monitor): return monitor.metadata
        case .serviceMonitor(let monitor): return monitor.metadata
        case .prometheusRule(let rule): return rule.metadata
        }
    }

    /// The manifest as YAML, exactly as `renderManifests` writes it.
    public func yaml() throws -> [UInt8] { try YAMLText.bytes(yamlNode) }

    var yamlNode: Node {
        switch self {
        case .podMonitor(let monitor): return monitor.yamlNode
        case .serviceMonitor(let monitor): return monitor.yamlNode
        case .prometheusRule(let rule): return rule.yamlNode
        }
    }
}

extension ListBuilder where Element == Monitor {
    /// A PodMonitor in a list of monitors.
    public static func buildExpression(_ monitor: PodMonitor) -> [Monitor] { [.podMonitor(monitor)] }
    /// A ServiceMonitor in a list of monitors.
    public static func buildExpression(_ monitor: ServiceMonitor) -> [Monitor] { [.serviceMonitor(monitor)] }
    /// A PrometheusRule in a list of monitors.
    public static func buildExpression(_ rule: PrometheusRule) -> [Monitor] { [.prometheusRule(rule)] }
}
