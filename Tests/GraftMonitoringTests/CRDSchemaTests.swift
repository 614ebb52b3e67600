import Foundation
import GraftMonitoring
import GraftTestSupport
import HigressCatalog
import Testing
import Yams

/// One of each kind, every field Graft models set somewhere, and the Higress catalog's.
let everyKind: [Monitor] = [
    .podMonitor(higressGatewayMonitor),
    .podMonitor(PodMonitor(name: "api", namespace: "shop", labels: ["release": "prom"], selector: LabelSelector(
        matchLabels: ["app": "api"], matchExpressions: [.in("tier", ["web"]), .exists("team")]),
        namespaceSelector: .names("shop"), jobLabel: "app", podTargetLabels: ["team"]) {
        ScrapeEndpoint(port: "metrics", path: "/metrics", scheme: .https, interval: "30s", scrapeTimeout: "10s", honorLabels: false,
                       honorTimestamps: true, params: ["module": ["http_2xx"]],
                       basicAuth: BasicAuth(username: SecretKeySelector(name: "auth", key: "user"), password: SecretKeySelector(name: "auth", key: "pass")),
                       tlsConfig: TLSConfig(ca: .secret(SecretKeySelector(name: "tls", key: "ca.crt")), cert: .configMap(ConfigMapKeySelector(name: "c", key: "tls.crt")),
                                            keySecret: SecretKeySelector(name: "tls", key: "tls.key", optional: false), serverName: "api", insecureSkipVerify: false)) {
            Relabeling.replace(["a"], regex: "(.*)", replacement: "$1", separator: ",", targetLabel: "b")
            Relabeling.keepEqual(["a"], targetLabel: "b")
            Relabeling.dropEqual(["a"], targetLabel: "b")
            Relabeling.hashMod(["a"], modulus: 4, targetLabel: "shard")
            Relabeling.labelKeep(regex: ".*")
            Relabeling.lowercase(["a"], targetLabel: "b")
            Relabeling.uppercase(["a"], targetLabel: "b")
        } metricRelabelings: {
            Relabeling.drop(["__name__"], regex: "go_.*")
            Relabeling.labelDrop(regex: "tmp_.*")
        }
    }),
    .serviceMonitor(ServiceMonitor(name: "web", namespace: "shop", selector: LabelSelector(matchLabels: ["app": "web"]),
                                   namespaceSelector: .all, jobLabel: "app", targetLabels: ["team"], podTargetLabels: ["version"]) {
        ScrapeEndpoint(port: "http", path: "/metrics", interval: "1m",
                       authorization: SafeAuthorization(type: "Bearer", credentials: SecretKeySelector(name: "token", key: "t"))) {
            Relabeling.labelMap(regex: "__meta_kubernetes_service_label_(.+)")
        }
    }),
    .prometheusRule(PrometheusRule(name: "higress-rules", namespace: "higress-system", labels: ["role": "alert-rules"]) {
        RuleGroup("higress.rules", interval: "1m") {
            Rule.record("higress:downstream_rq:rate5m", expr: "sum by (higress) (rate(envoy_http_downstream_rq_total[5m]))")
            Rule.alert("HigressGatewayDown", expr: "up{job=\"higress-system/higress-gateway\"} == 0", for: "5m",
                       labels: ["severity": "critical"], annotations: ["summary": "Gateway {{ $labels.kubernetes_pod_name }} is down"])
        }
    }),    .prometheusRule(higressGatewayRules),
]

private func schema(for monitor: Monitor) -> String {
    "schemas/\(monitor.kind.lowercased()).v1.strict.schema.json"
}

@Suite(.enabled(if: TestEnvironment.sharedFile("schemas") != nil, "skipped: ../shared (the CRD schemas) is absent"),
       .enabled(if: TestEnvironment.checkJSONSchema != nil, "skipped: check-jsonschema is not installed (pip install check-jsonschema)"))
struct CRDSchemaTests {
    @Test func everyRenderedMonitorValidatesAgainstTheStrictSchema() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(manifestProblems(monitors: everyKind, dashboards: []).isEmpty)
        for file in try renderManifests(monitors: everyKind, dashboards: []) where file.path.hasPrefix(ManifestLayout.monitors) {
            let monitor = everyKind.first { ManifestLayout.path(of: $0) == file.path }!
            let path = try write(file.bytes, to: file.path, in: folder).path
            let result = try runCommand(TestEnvironment.checkJSONSchema!, ["--schemafile", TestEnvironment.sharedFile(schema(for: monitor))!.path, path])
            #expect(result.status == 0, "\(file.path): \(result.output)")
        }
    }

    @Test func aMisspeltFieldIsCaught() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: try Monitor.podMonitor(higressGatewayMonitor).yaml(), as: UTF8.self)
        let misspelt = text.replacingOccurrences(of: "targetLabel: __metrics_path__", with: "targetLabels: __metrics_path__")
        #expect(misspelt != text)
        let path = try write(Array(misspelt.utf8), to: "misspelt.yaml", in: folder).path
        let result = try runCommand(TestEnvironment.checkJSONSchema!, ["--schemafile", TestEnvironment.sharedFile("schemas/podmonitor.v1.strict.schema.json")!.path, path])
        #expect(result.status != 0)
        #expect(result.output.contains("targetLabels"), "\(result.output)")
    }
}

/// The rule groups of a PrometheusRule are a Prometheus rules file; promtool checks their PromQL.
@Suite struct PrometheusRuleTests {
    @Test(.enabled(if: TestEnvironment.promtool != nil, "skipped: promtool is not installed (apt-get install -y prometheus)"))
    func theRuleGroupsPassPromtool() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for case .prometheusRule(let rule) in everyKind {
            // The CR's spec is a Prometheus rules file: `groups:`.
            let document = try #require(try Yams.compose(yaml: String(decoding: try Monitor.prometheusRule(rule).yaml(), as: UTF8.self)))
            let spec = try #require(document["spec"])
            let path = try write(Array(try Yams.serialize(node: spec).utf8), to: "\(rule.metadata.name).rules.yml", in: folder).path
            let result = try runCommand(TestEnvironment.promtool!, ["check", "rules", path])
            #expect(result.status == 0, "\(result.output)")
        }
    }
}

/// The shape of each kind, without the schemas.
@Suite struct MonitorShapeTests {
    @Test func serviceMonitorAndPrometheusRuleRenderTheirFields() throws {
        #expect(manifestProblems(monitors: everyKind, dashboards: []).isEmpty)
        let service = try YAMLValue(yaml: try everyKind[2].yaml())
        #expect(service["kind"] == .string("ServiceMonitor"))
        #expect(service["spec"]?["endpoints"]?[0]?["authorization"] == .map([
            "type": .string("Bearer"), "credentials": .map(["name": .string("token"), "key": .string("t")])]))
        #expect(service["spec"]?["targetLabels"] == .list([.string("team")]))
        #expect(service["spec"]?["namespaceSelector"] == .map(["any": .bool(true)]))
        let rule = try YAMLValue(yaml: try everyKind[3].yaml())
        let group = try #require(rule["spec"]?["groups"]?[0])
        #expect(group["name"] == .string("higress.rules"))
        #expect(group["rules"]?[0] == .map(["record": .string("higress:downstream_rq:rate5m"),
                                            "expr": .string("sum by (higress) (rate(envoy_http_downstream_rq_total[5m]))")]))
        #expect(group["rules"]?[1]?["for"] == .string("5m"))
        #expect(group["rules"]?[1]?["annotations"]?["summary"] == .string("Gateway {{ $labels.kubernetes_pod_name }} is down"))
        let pod = try YAMLValue(yaml: try everyKind[1].yaml())
        let endpoint = try #require(pod["spec"]?["podMetricsEndpoints"]?[0])
        #expect(endpoint["relabelings"]?[3] == .map(["sourceLabels": .list([.string("a")]), "modulus": .int(4),
                                                     "targetLabel": .string("shard"), "action": .string("hashmod")]))
        #expect(endpoint["tlsConfig"]?["keySecret"] == .map(["name": .string("tls"), "key": .string("tls.key"), "optional": .bool(false)]))
        #expect(endpoint["metricRelabelings"]?[1] == .map(["regex": .string("tmp_.*"), "action": .string("labeldrop")]))
    }
}
