import Foundation
import GraftMonitoring
import GraftTestSupport
import HigressCatalog
import Testing

/// The higress-gateway PodMonitor of the catalog against the hand-written reference the seed applied.
@Suite struct HigressGatewayMonitorTests {
    let rendered = try! YAMLValue(yaml: Monitor.podMonitor(higressGatewayMonitor).yaml())

    @Test func keyFactsHoldWithoutTheReference() throws {
        #expect(rendered["apiVersion"] == .string("monitoring.coreos.com/v1"))
        #expect(rendered["kind"] == .string("PodMonitor"))
        #expect(rendered["metadata"] == .map(["name": .string("higress-gateway"), "namespace": .string("higress-system")]))
        let spec = try #require(rendered["spec"])
        #expect(spec["namespaceSelector"] == .map(["any": .bool(true)]))
        #expect(spec["selector"] == .map(["matchLabels": .map(["app": .string("higress-gateway")])]))
        let endpoint = try #require(spec["podMetricsEndpoints"]?[0])
        #expect(endpoint["port"] == .string("istio-prom"))
        #expect(endpoint["path"] == .string("/stats/prometheus"))
        let relabelings = try #require(endpoint["relabelings"]?.list)
        #expect(relabelings.count == 6)
        // The keep rule compares with the string "true", which must stay a string in YAML.
        #expect(relabelings[0] == .map(["sourceLabels": .list([.string("__meta_kubernetes_pod_annotation_prometheus_io_scrape")]),
                                        "action": .string("keep"), "regex": .string("true")]))
        #expect(relabelings[2]["regex"] == .string(#"([^:]+)(?::\d+)?;(\d+)"#))
        #expect(relabelings[2]["replacement"] == .string("$1:$2"))
        // Without this labelmap the dashboards' `higress="$gateway"` filters find nothing.
        #expect(relabelings[3] == .map(["regex": .string("__meta_kubernetes_pod_label_(.+)"), "action": .string("labelmap")]))
        #expect(relabelings[5]["targetLabel"] == .string("kubernetes_pod_name"))
    }

    @Test(.enabled(if: TestEnvironment.sharedFile("reference/higress-PodMonitor.yaml") != nil,
                   "skipped: ../shared/reference/higress-PodMonitor.yaml is absent"))
    func equalsTheReferenceValueForValue() throws {
        let reference = try String(contentsOf: TestEnvironment.sharedFile("reference/higress-PodMonitor.yaml")!, encoding: .utf8)
        #expect(rendered == (try YAMLValue(yaml: reference)))
    }

    @Test func rendersTheSameBytesEveryTime() throws {
        let first = try Monitor.podMonitor(higressGatewayMonitor).yaml()
        let second = try Monitor.podMonitor(higressGatewayMonitor).yaml()
        #expect(first == second)
        #expect(manifestProblems(monitors: [.podMonitor(higressGatewayMonitor)], dashboards: []).isEmpty)
    }
}
