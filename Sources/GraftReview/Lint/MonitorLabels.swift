import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftPromQL

/// The labels a catalog's monitors attach to every series they scrape, worked out by running their
/// relabelings over the label *names* Kubernetes discovery gives a target.
///
/// A PodMonitor's scrape config (prometheus-operator's relabelings, then the endpoint's) runs over the
/// pod-role discovery labels, with one `__meta_kubernetes_pod_label_<name>` per declared pod label; a
/// ServiceMonitor starts from the labels the operator sets for it (`namespace`, `service`, `pod`,
/// `container`, `endpoint`, `job`, its target labels) and runs the endpoint's relabelings. Prometheus
/// then drops the `__` labels and adds `instance` and `job`.
enum MonitorLabels {
    /// What pod discovery sets on every target, besides the pod's labels.
    private static let podDiscovery: Set<String> = [
        "__address__", "__metrics_path__", "__scheme__", "__scrape_interval__", "__scrape_timeout__", "job",
        "__meta_kubernetes_namespace", "__meta_kubernetes_pod_name", "__meta_kubernetes_pod_ip", "__meta_kubernetes_pod_uid",
        "__meta_kubernetes_pod_ready", "__meta_kubernetes_pod_phase", "__meta_kubernetes_pod_node_name",
        "__meta_kubernetes_pod_host_ip", "__meta_kubernetes_pod_controller_kind", "__meta_kubernetes_pod_controller_name",
        "__meta_kubernetes_pod_container_name", "__meta_kubernetes_pod_container_image", "__meta_kubernetes_pod_container_init",
        "__meta_kubernetes_pod_container_id", "__meta_kubernetes_pod_container_port_name",
        "__meta_kubernetes_pod_container_port_number", "__meta_kubernetes_pod_container_port_protocol",
    ]

    /// Every label any of `monitors` attaches, for pods carrying `podLabels`.
    static func attached(by monitors: [Monitor], podLabels: [String: String]) -> Set<String> {
        var discovered = podDiscovery
        for name in podLabels.keys {
            discovered.insert("__meta_kubernetes_pod_label_" + sanitized(name))
            discovered.insert("__meta_kubernetes_pod_labelpresent_" + sanitized(name))
        }
        var result: Set<String> = []
        for monitor in monitors {
            switch monitor {
            case .podMonitor(let podMonitor):
                for config in podMonitor.scrapeConfigs() {
                    result.formUnion(finish(relabel(discovered, config.relabelConfigs)))
                }
            case .serviceMonitor(let serviceMonitor):
                let operatorLabels = Set(["namespace", "service", "pod", "container", "endpoint"]
                                         + serviceMonitor.targetLabels.map(sanitized) + serviceMonitor.podTargetLabels.map(sanitized))
                for endpoint in serviceMonitor.endpoints {
                    result.formUnion(finish(relabel(discovered.union(operatorLabels), endpoint.relabelings)))
                }
            case .prometheusRule:
                break
            }
        }
        return result
    }

    /// The label names after `relabelings`: replace-like actions add their target, labelmap adds the
    /// mapped names, labeldrop and labelkeep remove names.
    static func relabel(_ names: Set<String>, _ relabelings: [Relabeling]) -> Set<String> {
        var names = names
        for step in relabelings {
            switch step.action {
            case .replace, .hashMod, .lowercase, .uppercase:
                // A target label built from the regex's groups (`$1`) depends on values; it is not knowable here.
                if let target = step.targetLabel, !target.contains("$") { names.insert(target) }
            case .labelMap:
                guard let regex = AnchoredRegex(step.regex ?? "(.*)") else { continue }
                for name in names {
                    if let mapped = regex.replace(name, with: step.replacement ?? "$1"), !mapped.isEmpty { names.insert(mapped) }
                }
            case .labelDrop:
                guard let regex = AnchoredRegex(step.regex ?? "(.*)") else { continue }
                names = names.filter { !regex.matches($0) }
            case .labelKeep:
                guard let regex = AnchoredRegex(step.regex ?? "(.*)") else { continue }
                names = names.filter { regex.matches($0) }
            case .keep, .drop, .keepEqual, .dropEqual:
                break
            }
        }
        return names
    }

    /// What a target keeps after relabeling: no `__` labels, and always `instance` and `job`.
    private static func finish(_ names: Set<String>) -> Set<String> {
        names.filter { !$0.hasPrefix("__") }.union(["instance", "job"])
    }

    /// A Kubernetes label name as discovery writes it into a Prometheus label name.
    static func sanitized(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_" })
    }
}
