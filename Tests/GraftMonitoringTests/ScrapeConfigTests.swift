import Foundation
@testable import GraftMonitoring
import GraftTestSupport
import HigressCatalog
import Testing

/// The relabelings prometheus-operator renders for the reference PodMonitor (notes, section 5, from the
/// operator's golden files), followed by the PodMonitor's own.
let operatorJobForReference = """
job_name: podMonitor/higress-system/higress-gateway/0
honor_labels: false
metrics_path: /stats/prometheus
kubernetes_sd_configs: [{role: pod}]
relabel_configs:
- {action: drop, source_labels: [__meta_kubernetes_pod_phase], regex: (Failed|Succeeded)}
- {action: keep, source_labels: [__meta_kubernetes_pod_label_app, __meta_kubernetes_pod_labelpresent_app], regex: (higress-gateway);true}
- {action: keep, source_labels: [__meta_kubernetes_pod_container_port_name], regex: istio-prom}
- {action: replace, source_labels: [__meta_kubernetes_namespace], target_label: namespace}
- {action: replace, source_labels: [__meta_kubernetes_pod_container_name], target_label: container}
- {action: replace, source_labels: [__meta_kubernetes_pod_name], target_label: pod}
- {action: replace, target_label: job, replacement: higress-system/higress-gateway}
- {action: replace, target_label: endpoint, replacement: istio-prom}
- {source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape], action: keep, regex: "true"}
- {source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_path], action: replace, target_label: __metrics_path__, regex: (.+)}
- {source_labels: [__address__, __meta_kubernetes_pod_annotation_prometheus_io_port], action: replace,
   regex: '([^:]+)(?::\\d+)?;(\\d+)', replacement: $1:$2, target_label: __address__}
- {regex: __meta_kubernetes_pod_label_(.+), action: labelmap}
- {source_labels: [__meta_kubernetes_namespace], action: replace, target_label: kubernetes_namespace}
- {source_labels: [__meta_kubernetes_pod_name], action: replace, target_label: kubernetes_pod_name}
"""

@Suite struct ScrapeConfigTests {
    @Test func theHigressJobIsWhatTheOperatorGenerates() throws {
        let files = try renderManifests(monitors: [.podMonitor(higressGatewayMonitor)], dashboards: [])
        let rendered = try file("prometheus/scrape-configs.yaml", in: files)
        #expect(rendered == .map(["scrape_configs": .list([try YAMLValue(yaml: operatorJobForReference)])]))
    }

    @Test func namespacesSelectorsAndJobLabelFollowTheOperator() throws {
        let monitor = PodMonitor(name: "api", namespace: "shop", selector: LabelSelector(
            matchLabels: ["app.kubernetes.io/name": "api"],
            matchExpressions: [.in("tier", ["web", "edge"]), .notIn("track", ["canary"]), .exists("team"), .doesNotExist("legacy")]),
            namespaceSelector: .names("shop", "shop-staging"), jobLabel: "app.kubernetes.io/name", podTargetLabels: ["team"]) {
            ScrapeEndpoint(port: "http-metrics", scheme: .https, interval: "15s", scrapeTimeout: "10s", honorLabels: true,
                           params: ["format": ["prometheus"]],
                           authorization: SafeAuthorization(credentials: SecretKeySelector(name: "api-token", key: "token")),
                           tlsConfig: TLSConfig(ca: .configMap(ConfigMapKeySelector(name: "ca", key: "ca.crt")), serverName: "api.shop.svc"))
        }
        let config = try #require(monitor.scrapeConfigs().first)
        #expect(config.jobName == "podMonitor/shop/api/0")
        #expect(config.discovery == .kubernetesPods(namespaces: ["shop", "shop-staging"]))
        #expect(config.relabelConfigs.map(\.sourceLabels) == [
            ["__meta_kubernetes_pod_phase"],
            ["__meta_kubernetes_pod_label_app_kubernetes_io_name", "__meta_kubernetes_pod_labelpresent_app_kubernetes_io_name"],
            ["__meta_kubernetes_pod_label_tier", "__meta_kubernetes_pod_labelpresent_tier"],
            ["__meta_kubernetes_pod_label_track", "__meta_kubernetes_pod_labelpresent_track"],
            ["__meta_kubernetes_pod_labelpresent_team"], ["__meta_kubernetes_pod_labelpresent_legacy"],
            ["__meta_kubernetes_pod_container_port_name"], ["__meta_kubernetes_namespace"], ["__meta_kubernetes_pod_container_name"],
            ["__meta_kubernetes_pod_name"], ["__meta_kubernetes_pod_label_team"], nil, ["__meta_kubernetes_pod_label_app_kubernetes_io_name"], nil,
        ])
        #expect(config.relabelConfigs.map(\.action) == [.drop, .keep, .keep, .drop, .keep, .drop, .keep, .replace, .replace, .replace,
                                                        .replace, .replace, .replace, .replace])
        #expect(config.relabelConfigs[2].regex == "(web|edge);true")
        #expect(config.relabelConfigs[11].replacement == "shop/api")
        let yaml = try YAMLValue(yaml: ScrapeConfigFile(scrapeConfigs: [config]).yaml())
        let job = try #require(yaml["scrape_configs"]?[0])
        #expect(job["kubernetes_sd_configs"] == .list([.map(["role": .string("pod"), "namespaces": .map(["names": .list([.string("shop"), .string("shop-staging")])])])]))
        #expect(job["authorization"] == .map(["credentials_file": .string("/etc/prometheus/secrets/api-token/token")]))
        #expect(job["tls_config"] == .map(["ca_file": .string("/etc/prometheus/configmaps/ca/ca.crt"), "server_name": .string("api.shop.svc")]))
        #expect(job["scheme"] == .string("https"))
        #expect(job["honor_labels"] == .bool(true))
        #expect(job["params"] == .map(["format": .list([.string("prometheus")])]))
        // Without a namespace selector, only the monitor's own namespace.
        #expect(samplePodMonitor().scrapeConfigs()[0].discovery == .kubernetesPods(namespaces: ["apps"]))
    }

    @Test(.enabled(if: TestEnvironment.promtool != nil, "skipped: promtool is not installed (apt-get install -y prometheus)"))
    func promtoolAcceptsTheStaticFormAndDebianRefusesOnlyKubernetesDiscovery() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let staticForm = ScrapeConfigFile(scrapeConfigs: higressGatewayMonitor.scrapeConfigs(discovery: .staticTargets([
            StaticTargetGroup(targets: ["10.0.0.7:15020"], labels: ["__meta_kubernetes_pod_name": "higress-gateway-1"]),
        ])))
        let accepted = try runCommand(TestEnvironment.promtool!, ["check", "config", try write(try staticForm.yaml(), to: "static.yml", in: folder).path])
        #expect(accepted.status == 0, "\(accepted.output)")
        // Debian's Prometheus has no Kubernetes discovery: the rendered file fails there on that one field.
        let files = try renderManifests(monitors: [.podMonitor(higressGatewayMonitor)], dashboards: [])
        let rendered = try #require(files.first { $0.path == ManifestLayout.scrapeConfigs })
        let refused = try runCommand(TestEnvironment.promtool!, ["check", "config", try write(rendered.bytes, to: "k8s.yml", in: folder).path])
        if refused.status != 0 {
            #expect(refused.output.contains("field kubernetes_sd_configs not found"), "\(refused.output)")
        }
    }

    /// Relabelings Prometheus itself refuses, which the validation refuses too.
    static let refusedByBoth: [Relabeling] = [
        Relabeling(action: .replace, sourceLabels: ["a"]), Relabeling(action: .hashMod, sourceLabels: ["a"], targetLabel: "s"),
        Relabeling(action: .uppercase, sourceLabels: ["a"]), Relabeling(action: .labelDrop, targetLabel: "x", regex: "y"),
        Relabeling(action: .keepEqual, sourceLabels: ["a"], targetLabel: "b", regex: "x"),
        Relabeling(action: .lowercase, sourceLabels: ["a"], targetLabel: "b", replacement: "x"),
        .replace(["a"], targetLabel: "1abc"), .labelMap(regex: "(.+)", replacement: "$"), .keep(["a"], regex: "a{2}{3}"),
    ]

    @Test(.enabled(if: TestEnvironment.promtool != nil, "skipped: promtool is not installed (apt-get install -y prometheus)"))
    func promtoolAgreesWithTheRelabelingChecks() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid: [Relabeling] = [
            .replace(["a"], regex: "(.*)", replacement: "$1", targetLabel: "b"), .replace(["a"], targetLabel: "${1}_x"),
            .keep(["a"], regex: "x"), .drop(["a"], regex: "x"), .keepEqual(["a"], targetLabel: "b"), .dropEqual(["a"], targetLabel: "b"),
            .hashMod(["a"], modulus: 4, targetLabel: "shard"), .labelMap(regex: "x_(.+)", replacement: "y_$1"),
            .labelDrop(regex: "tmp_.*"), .labelKeep(regex: "keep_.*"), .lowercase(["a"], targetLabel: "b"), .uppercase(["a"], targetLabel: "b"),
        ]
        var config = ScrapeConfig.forRegexCheck(valid[0])
        config.relabelConfigs = valid
        config.metricRelabelConfigs = valid
        let accepted = try runCommand(TestEnvironment.promtool!, ["check", "config", try write(try ScrapeConfigFile(scrapeConfigs: [config]).yaml(), to: "valid.yml", in: folder).path])
        #expect(accepted.status == 0, "\(accepted.output)")
        for (index, relabeling) in Self.refusedByBoth.enumerated() {
            #expect(!manifestProblems(monitors: [withRelabeling(relabeling)], dashboards: []).isEmpty, "validation accepted \(relabeling)")
            let file = try write(try ScrapeConfigFile(scrapeConfigs: [.forRegexCheck(relabeling)]).yaml(), to: "refused-\(index).yml", in: folder)
            #expect(try runCommand(TestEnvironment.promtool!, ["check", "config", file.path]).status != 0, "promtool accepted \(relabeling)")
        }
    }
}
