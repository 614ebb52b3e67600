import Graft
@testable import GraftReview
import HigressCatalog
import Testing

@Suite struct MonitorLabelsTests {
    @Test func theHigressPodMonitorAttachesTheOperatorsLabelsAndThePodLabels() {
        let attached = MonitorLabels.attached(by: higressCatalog.monitors, podLabels: higressMetrics.podLabels)
        #expect(attached == ["namespace", "pod", "container", "job", "endpoint", "instance", "kubernetes_namespace", "kubernetes_pod_name",
                             "app", "higress", "pod_template_hash", "sidecar_istio_io_inject"])
    }

    @Test func withoutTheLabelmapThePodLabelsDoNotArrive() {
        let bare = PodMonitor(name: "bare", namespace: "higress-system", selector: LabelSelector(matchLabels: ["app": "higress-gateway"])) {
            ScrapeEndpoint(port: "istio-prom")
        }
        let attached = MonitorLabels.attached(by: [.podMonitor(bare)], podLabels: higressMetrics.podLabels)
        #expect(!attached.contains("higress"))
        #expect(attached == ["namespace", "pod", "container", "job", "endpoint", "instance"])
    }

    @Test func relabelingsAddMapAndDropNames() {
        let names = MonitorLabels.relabel(["__meta_kubernetes_pod_label_team", "__meta_kubernetes_pod_label_tier", "job"], [
            .labelMap(regex: "__meta_kubernetes_pod_label_(.+)", replacement: "pod_$1"),
            .replace(["__meta_kubernetes_pod_label_tier"], targetLabel: "tier"),
            .replace(["job"], regex: "(.*)", replacement: "x", targetLabel: "${1}_copy"),
            .labelDrop(regex: "pod_tier"),
        ])
        #expect(names == ["__meta_kubernetes_pod_label_team", "__meta_kubernetes_pod_label_tier", "job", "pod_team", "tier"])
    }
}
