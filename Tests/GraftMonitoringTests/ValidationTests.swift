import GraftModel
@testable import GraftMonitoring
import Testing

/// A valid PodMonitor to spoil one field at a time.
func samplePodMonitor(name: String = "sample", _ relabelings: [Relabeling] = [Relabeling.labelMap(regex: "__meta_kubernetes_pod_label_(.+)")]) -> PodMonitor {
    PodMonitor(name: name, namespace: "apps", selector: LabelSelector(matchLabels: ["app": "sample"])) {
        ScrapeEndpoint(port: "metrics", path: "/metrics", interval: "30s") { relabelings }
    }
}

/// A valid dashboard artifact.
func sampleDashboard(stem: String = "sample", uid: String? = "sample-uid", json: [UInt8] = Array(#"{"title": "Sample"}"#.utf8),
                     folder: FolderPath? = nil, inputs: [DashboardInput]? = nil) -> DashboardArtifact {
    var model = DashboardModel()
    model.uid = uid
    model.title = "Sample"
    model.inputs = inputs
    return DashboardArtifact(fileStem: stem, model: model, json: json, folder: folder)
}

/// One invalid input and the error it must give.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    var name: String
    var monitors: [Monitor] = []
    var dashboards: [DashboardArtifact] = []
    var settings = DeliverySettings()
    var file: String
    var object: String
    var field: String
    /// Words the problem must contain.
    var problem: String
    var testDescription: String { name }
}

let podMonitorFile = "manifests/monitors/sample.podmonitor.yaml"
let podMonitorObject = "PodMonitor apps/sample"

func withEndpoint(_ change: (inout ScrapeEndpoint) -> Void) -> Monitor {
    var monitor = samplePodMonitor()
    change(&monitor.endpoints[0])
    return .podMonitor(monitor)
}

func withRelabeling(_ relabeling: Relabeling) -> Monitor { .podMonitor(samplePodMonitor([relabeling])) }

let invalidCases: [InvalidCase] = [
    InvalidCase(name: "no selector", monitors: [{ var m = samplePodMonitor(); m.selector = LabelSelector(); return .podMonitor(m) }()],
                file: podMonitorFile, object: podMonitorObject, field: "spec.selector", problem: "needs a selector"),
    InvalidCase(name: "ServiceMonitor without selector",
                monitors: [.serviceMonitor(ServiceMonitor(name: "svc", namespace: "apps", selector: LabelSelector()) { ScrapeEndpoint(port: "web") })],
                file: "manifests/monitors/svc.servicemonitor.yaml", object: "ServiceMonitor apps/svc", field: "spec.selector", problem: "needs a selector"),
    InvalidCase(name: "empty port", monitors: [withEndpoint { $0.port = "" }],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].port", problem: "the port is empty"),
    InvalidCase(name: "replace without targetLabel", monitors: [withRelabeling(Relabeling(action: .replace, sourceLabels: ["a"]))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].targetLabel",
                problem: "the replace action needs a target label"),
    InvalidCase(name: "hashmod without modulus", monitors: [withRelabeling(Relabeling(action: .hashMod, sourceLabels: ["a"], targetLabel: "shard"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].modulus",
                problem: "needs a modulus"),
    InvalidCase(name: "uppercase without targetLabel", monitors: [withRelabeling(Relabeling(action: .uppercase, sourceLabels: ["a"]))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].targetLabel",
                problem: "the uppercase action needs a target label"),
    InvalidCase(name: "keep without sourceLabels", monitors: [withRelabeling(Relabeling(action: .keep, regex: "x"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].sourceLabels",
                problem: "needs source labels"),
    InvalidCase(name: "labelmap without regex", monitors: [withRelabeling(Relabeling(action: .labelMap))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].regex",
                problem: "needs a regex"),
    InvalidCase(name: "labeldrop with a target", monitors: [withRelabeling(Relabeling(action: .labelDrop, targetLabel: "x", regex: "tmp_.*"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].targetLabel",
                problem: "takes only a regex"),
    InvalidCase(name: "keepequal with a regex", monitors: [withRelabeling(Relabeling(action: .keepEqual, sourceLabels: ["a"], targetLabel: "b", regex: "x"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].regex",
                problem: "takes only sourceLabels and targetLabel"),
    InvalidCase(name: "lowercase with a replacement",
                monitors: [withRelabeling(Relabeling(action: .lowercase, sourceLabels: ["a"], targetLabel: "b", replacement: "x"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].replacement",
                problem: "takes no replacement"),
    InvalidCase(name: "invalid regex", monitors: [withRelabeling(.keep(["a"], regex: "(?=foo)bar"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].regex",
                problem: "does not compile as RE2 once Prometheus anchors it as ^(?:...)$ (invalid or unsupported Perl syntax: `(?=`)"),
    InvalidCase(name: "invalid metric relabeling regex", monitors: [withEndpoint { $0.metricRelabelings = [.drop(["__name__"], regex: "go_.**")] }],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].metricRelabelings[0].regex",
                problem: "invalid nested repetition operator"),
    InvalidCase(name: "invalid source label", monitors: [withRelabeling(.keep(["app.kubernetes.io/name"], regex: "x"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].sourceLabels[0]",
                problem: "is not a Prometheus label name"),
    InvalidCase(name: "invalid target label", monitors: [withRelabeling(.replace(["a"], targetLabel: "1abc"))],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].relabelings[0].targetLabel",
                problem: "is not a valid target label"),
    InvalidCase(name: "invalid interval", monitors: [withEndpoint { $0.interval = "15 s" }],
                file: podMonitorFile, object: podMonitorObject, field: "spec.podMetricsEndpoints[0].interval", problem: "is not a duration"),
    InvalidCase(name: "no namespace", monitors: [{ var m = samplePodMonitor(); m.metadata.namespace = nil; return .podMonitor(m) }()],
                file: podMonitorFile, object: "PodMonitor sample", field: "metadata.namespace", problem: "a namespace is needed"),
    InvalidCase(name: "duplicate name", monitors: [.podMonitor(samplePodMonitor()), .podMonitor(samplePodMonitor())],
                file: podMonitorFile, object: podMonitorObject, field: "metadata.name", problem: "another PodMonitor is already named \"sample\""),
    InvalidCase(name: "invalid name", monitors: [.podMonitor(samplePodMonitor(name: "Sample_Monitor"))],
                file: "manifests/monitors/Sample_Monitor.podmonitor.yaml", object: "PodMonitor apps/Sample_Monitor", field: "metadata.name",
                problem: "is not a Kubernetes object name"),
    InvalidCase(name: "duplicate rule group",
                monitors: [.prometheusRule(PrometheusRule(name: "rules", namespace: "apps") {
                    RuleGroup("g") { Rule.record("job:up:sum", expr: "sum(up)") }
                    RuleGroup("g") { Rule.alert("Down", expr: "up == 0") }
                })],
                file: "manifests/monitors/rules.prometheusrule.yaml", object: "PrometheusRule apps/rules", field: "spec.groups[1].name",
                problem: "another group is already named \"g\""),
    InvalidCase(name: "recording rule with for",
                monitors: [.prometheusRule(PrometheusRule(name: "rules", namespace: "apps") {
                    RuleGroup("g") { Rule(kind: .record("job:up:sum"), expr: "sum(up)", for: "5m") }
                })],
                file: "manifests/monitors/rules.prometheusrule.yaml", object: "PrometheusRule apps/rules", field: "spec.groups[0].rules[0].for",
                problem: "only alerting rules have a for duration"),
    InvalidCase(name: "invalid record name",
                monitors: [.prometheusRule(PrometheusRule(name: "rules", namespace: "apps") {
                    RuleGroup("g") { Rule.record("job-up", expr: "sum(up)") }
                })],
                file: "manifests/monitors/rules.prometheusrule.yaml", object: "PrometheusRule apps/rules", field: "spec.groups[0].rules[0].record",
                problem: "is not a metric name"),
    InvalidCase(name: "dashboard without uid", dashboards: [sampleDashboard(uid: nil)],
                file: "dashboards/sample.json", object: "dashboard sample", field: "uid", problem: "needs a uid"),
    InvalidCase(name: "duplicate dashboard stem", dashboards: [sampleDashboard(uid: "a"), sampleDashboard(uid: "b")],
                file: "dashboards/sample.json", object: "dashboard b", field: "fileStem", problem: "another dashboard is already written to dashboards/sample.json"),
    InvalidCase(name: "stem unusable as a name", dashboards: [sampleDashboard(stem: "Higress_AI")],
                file: "dashboards/Higress_AI.json", object: "dashboard sample-uid", field: "fileStem", problem: "must be lowercase letters"),
    InvalidCase(name: "datasource input without datasource",
                dashboards: [sampleDashboard(inputs: [DashboardInput(datasource: "DS_LOKI", label: "Loki", pluginId: "loki", pluginName: "Loki")])],
                file: "manifests/grafana-operator/sample.grafanadashboard.yaml", object: "GrafanaDashboard monitoring/sample",
                field: "spec.datasources[0]", problem: "the dashboard's input DS_LOKI needs a \"loki\" datasource"),
    InvalidCase(name: "one folder uid, two titles",
                dashboards: [sampleDashboard(stem: "a", uid: "a", folder: FolderPath(uid: "team", title: "Team")),
                             sampleDashboard(stem: "b", uid: "b", folder: FolderPath(uid: "team", title: "Other"))],
                file: "dashboards/b.json", object: "dashboard b", field: "folder.folders[0]", problem: "is \"Team\" under the root elsewhere"),
    InvalidCase(name: "two default datasources",
                settings: DeliverySettings(datasources: [.prometheus(), .prometheus(name: "Thanos", uid: "thanos", url: "http://thanos:9090")]),
                file: "manifests/provisioning/datasources.yaml", object: "DeliverySettings", field: "datasources",
                problem: "at most one datasource can be the default"),
]

@Suite struct ValidationTests {
    @Test(arguments: invalidCases)
    func refusesWithFileObjectAndFieldAndProducesNothing(_ testCase: InvalidCase) throws {
        var produced: [ManifestFile]?
        let error = try #require(throws: ManifestError.self) {
            produced = try renderManifests(monitors: testCase.monitors, dashboards: testCase.dashboards, settings: testCase.settings)
        }
        #expect(produced == nil)
        #expect(error.file == testCase.file)
        #expect(error.object == testCase.object)
        #expect(error.field == testCase.field)
        #expect(error.problem.contains(testCase.problem), "\(error)")
        #expect(error.description.hasPrefix("\(testCase.file): \(testCase.object), field \(testCase.field): "))
    }

    @Test func theMessageIsOneSentence() throws {
        let error = try #require(throws: ManifestError.self) {
            try renderManifests(monitors: [withRelabeling(Relabeling(action: .replace, sourceLabels: ["a"]))], dashboards: [])
        }
        #expect(error.description == "manifests/monitors/sample.podmonitor.yaml: PodMonitor apps/sample, field "
            + "spec.podMetricsEndpoints[0].relabelings[0].targetLabel: the replace action needs a target label.")
    }

    @Test func oneBadMonitorStopsEveryFile() {
        let problems = manifestProblems(monitors: [.podMonitor(samplePodMonitor(name: "good")), withEndpoint { $0.port = "" }],
                                        dashboards: [sampleDashboard()])
        #expect(problems.map(\.field) == ["spec.podMetricsEndpoints[0].port"])
        #expect(throws: ManifestError.self) {
            try renderManifests(monitors: [.podMonitor(samplePodMonitor(name: "good")), withEndpoint { $0.port = "" }], dashboards: [sampleDashboard()])
        }
    }

    @Test func everyActionHasAValidForm() {
        let valid: [Relabeling] = [
            .replace(["a"], regex: "(.*)", replacement: "$1", targetLabel: "b"), .replace(["a"], targetLabel: "${1}_x"),
            .keep(["a"], regex: "x"), .drop(["a"], regex: "x"), .keepEqual(["a"], targetLabel: "b"), .dropEqual(["a"], targetLabel: "b"),
            .hashMod(["a"], modulus: 4, targetLabel: "shard"), .labelMap(regex: "x_(.+)", replacement: "y_$1"),
            .labelDrop(regex: "tmp_.*"), .labelKeep(regex: "keep_.*"), .lowercase(["a"], targetLabel: "b"), .uppercase(["a"], targetLabel: "b"),
        ]
        #expect(Set(valid.map(\.action)) == Set(RelabelAction.allCases))
        #expect(manifestProblems(monitors: [.podMonitor(samplePodMonitor(valid))], dashboards: []).isEmpty)
    }
}
