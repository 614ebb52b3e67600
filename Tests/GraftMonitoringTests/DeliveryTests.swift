import Foundation
import GraftJSON
import GraftModel
@testable import GraftMonitoring
import GraftTestSupport
import HigressCatalog
import Testing
import Yams

/// Dashboard texts that a YAML writer could easily bend: non-ASCII, `<>&`, escapes, odd line ends, tabs.
let trickyDashboardTexts: [String] = [
    "{\n  \"title\": \"Higress AI 网关 <test> & co\",\n  \"uid\": \"higress-ai\"\n}",
    "{\n  \"description\": \"line\\nbreak, tab\\t, quote \\\" and trailing space \",\n  \"uid\": \"x\"\n}\n",
    "{\"uid\": \"x\"}\n\n\n",
    "  {\n    \"indented\": true\n  }",
    "{\n\t\"raw tab\": 1\n}",
    "{\n  \"expr\": \"sum by (le) (rate(x{a=~\\\"b|c\\\"}[5m])) # not a comment\",\n  \"key\": \"- not a list\"\n}",
]

/// A dashboard artifact with `json` as its file; with `inputs`, its model asks for a Prometheus datasource
/// (and the sidecar and provisioning forms then embed the model as imported, not `json`).
func higressArtifact(json: [UInt8], inputs: Bool = false,
                     folder: FolderPath? = FolderPath([FolderRef(uid: "higress", title: "Higress"), FolderRef(uid: "higress_ai", title: "AI")])) -> DashboardArtifact {
    var model = DashboardModel()
    model.uid = "higress-ai"
    model.title = "Higress AI"
    if inputs { model.inputs = [DashboardInput(datasource: "DS_PROMETHEUS", label: "Prometheus", pluginId: "prometheus", pluginName: "Prometheus")] }
    return DashboardArtifact(fileStem: "higress-ai", model: model, json: json, folder: folder)
}

func file(_ path: String, in files: [ManifestFile]) throws -> YAMLValue {
    try YAMLValue(yaml: try #require(files.first { $0.path == path }, "no \(path)").bytes)
}

@Suite struct DeliveryTests {
    @Test(arguments: trickyDashboardTexts.indices)
    func theConfigMapAndCRCarryTheDashboardByteForByte(_ index: Int) throws {
        let json = Array(trickyDashboardTexts[index].utf8)
        let files = try renderManifests(monitors: [], dashboards: [higressArtifact(json: json)])
        let configMap = try file("sidecar/higress-ai.configmap.yaml", in: files)
        #expect(configMap["data"]?["higress-ai.json"]?.string.map { Array($0.utf8) } == json)
        let resource = try file("grafana-operator/higress-ai.grafanadashboard.yaml", in: files)
        #expect(resource["spec"]?["json"]?.string.map { Array($0.utf8) } == json)
        #expect(files.first { $0.path == "provisioning/dashboards/higress-ai.json" }?.bytes == json)
    }

    @Test(.enabled(if: TestEnvironment.sharedFile("reference/Higress-AI-CN.json") != nil, "skipped: ../shared/reference/Higress-AI-CN.json is absent"))
    func theReferenceDashboardSurvivesTheConfigMap() throws {
        let json = Array(try Data(contentsOf: TestEnvironment.sharedFile("reference/Higress-AI-CN.json")!))
        let model = try DashboardModel(json: try JSONParser.parse(json))
        let artifact = DashboardArtifact(fileStem: "higress-ai", model: model, json: json)
        let files = try renderManifests(monitors: [], dashboards: [artifact])
        // grafana-operator maps the export's datasource input itself: the CR carries the file byte for byte.
        let resource = try file("grafana-operator/higress-ai.grafanadashboard.yaml", in: files)
        #expect(resource["spec"]?["json"]?.string.map { Array($0.utf8) } == json)
        let inputName = try #require(model.inputs?.first?.name)
        #expect(resource["spec"]?["datasources"] == .list([.map(["inputName": .string(inputName), "datasourceName": .string("Prometheus")])]))
        // The sidecar and file provisioning resolve no inputs: they carry the file as Grafana's import
        // saves it, `${DS_数字底座}` bound to the provisioned datasource's uid, byte for byte.
        var writer = JSONWriter()
        model.importing([inputName: "prometheus"]).write(to: &writer)
        let imported = writer.bytes
        let configMap = try file("sidecar/higress-ai.configmap.yaml", in: files)
        #expect(configMap["data"]?["higress-ai.json"]?.string.map { Array($0.utf8) } == imported)
        #expect(files.first { $0.path == "provisioning/dashboards/higress-ai.json" }?.bytes == imported)
        let text = String(decoding: imported, as: UTF8.self)
        #expect(!text.contains("${DS_") && !text.contains("__inputs"))
        #expect(text.components(separatedBy: "\"uid\": \"prometheus\"").count - 1 == 76)  // 27 panels, 47 queries, 2 variables
        // Apart from `__inputs` and the uids, it is the file itself.
        let exported = String(decoding: json, as: UTF8.self)
        let header = try #require(exported.range(of: "  \"__inputs\": [")?.lowerBound)
        let elements = try #require(exported.range(of: "  \"__elements\"")?.lowerBound)
        var expected = exported
        expected.removeSubrange(header..<elements)
        #expect(text == expected.replacingOccurrences(of: "${\(inputName)}", with: "prometheus"))
    }

    @Test func theConfigMapIsWhatTheSidecarLooksFor() throws {
        let settings = DeliverySettings(namespace: "observability", sidecarLabel: "grafana_dashboard", sidecarLabelValue: "1", sidecarFolderAnnotation: "grafana_folder")
        let files = try renderManifests(monitors: [], dashboards: [higressArtifact(json: Array("{}".utf8))], settings: settings)
        #expect(try file("sidecar/higress-ai.configmap.yaml", in: files) == .map([
            "apiVersion": .string("v1"),
            "kind": .string("ConfigMap"),
            "metadata": .map([
                "name": .string("grafana-dashboard-higress-ai"),
                "namespace": .string("observability"),
                "labels": .map(["grafana_dashboard": .string("1"), "app.kubernetes.io/managed-by": .string("graft")]),
                "annotations": .map(["grafana_folder": .string("Higress/AI")]),
            ]),
            "data": .map(["higress-ai.json": .string("{}")]),
        ]))
    }

    @Test func theOperatorCRsMapTheInputAndBuildTheFolders() throws {
        let files = try renderManifests(monitors: [], dashboards: [higressArtifact(json: Array("{}".utf8), inputs: true)])
        let selector = YAMLValue.map(["matchLabels": .map(["dashboards": .string("grafana")])])
        let labels = YAMLValue.map(["app.kubernetes.io/managed-by": .string("graft")])
        #expect(try file("grafana-operator/higress-ai.grafanadashboard.yaml", in: files) == .map([
            "apiVersion": .string("grafana.integreatly.org/v1beta1"),
            "kind": .string("GrafanaDashboard"),
            "metadata": .map(["name": .string("higress-ai"), "namespace": .string("monitoring"), "labels": labels]),
            "spec": .map([
                "instanceSelector": selector,
                "folderRef": .string("folder-higress-ai"),
                "datasources": .list([.map(["inputName": .string("DS_PROMETHEUS"), "datasourceName": .string("Prometheus")])]),
                "json": .string("{}"),
            ]),
        ]))
        #expect(try file("grafana-operator/folder-higress.grafanafolder.yaml", in: files)["spec"]
            == .map(["instanceSelector": selector, "uid": .string("higress"), "title": .string("Higress")]))
        #expect(try file("grafana-operator/folder-higress-ai.grafanafolder.yaml", in: files)["spec"]
            == .map(["instanceSelector": selector, "uid": .string("higress_ai"), "title": .string("AI"), "parentFolderRef": .string("folder-higress")]))
    }

    @Test func provisioningFilesAloneSetUpANewGrafana() throws {
        let settings = DeliverySettings(datasources: [.prometheus(url: "http://prometheus:9090")], dashboardsPath: "/etc/dashboards")
        let rootDashboard = sampleDashboard(stem: "overview", uid: "overview")
        let files = try renderManifests(monitors: [], dashboards: [higressArtifact(json: Array("{}".utf8)), rootDashboard], settings: settings)
        #expect(try file("provisioning/dashboards.yaml", in: files) == .map([
            "apiVersion": .int(1),
            "providers": .list([
                .map(["name": .string("graft-higress-ai"), "orgId": .int(1), "type": .string("file"), "folder": .string("AI"),
                      "folderUid": .string("higress_ai"), "disableDeletion": .bool(false), "allowUiUpdates": .bool(false),
                      "updateIntervalSeconds": .int(30), "options": .map(["path": .string("/etc/dashboards/higress-ai.json")])]),
                .map(["name": .string("graft-overview"), "orgId": .int(1), "type": .string("file"), "folder": .string(""),
                      "disableDeletion": .bool(false), "allowUiUpdates": .bool(false),
                      "updateIntervalSeconds": .int(30), "options": .map(["path": .string("/etc/dashboards/overview.json")])]),
            ]),
        ]))
        #expect(try file("provisioning/datasources.yaml", in: files) == .map([
            "apiVersion": .int(1),
            "datasources": .list([.map([
                "name": .string("Prometheus"), "type": .string("prometheus"), "uid": .string("prometheus"), "access": .string("proxy"),
                "orgId": .int(1), "url": .string("http://prometheus:9090"), "isDefault": .bool(true), "editable": .bool(false),
            ])]),
        ]))
    }

    @Test func theLayoutIsSortedAndStable() throws {
        let render = {
            try renderManifests(monitors: [.podMonitor(higressGatewayMonitor)], dashboards: [higressArtifact(json: Array("{}".utf8))])
        }
        let files = try render()
        #expect(files.map(\.path) == [
            "grafana-operator/datasource-prometheus.grafanadatasource.yaml", "grafana-operator/folder-higress-ai.grafanafolder.yaml", "grafana-operator/folder-higress.grafanafolder.yaml",
            "grafana-operator/higress-ai.grafanadashboard.yaml", "monitors/higress-gateway.podmonitor.yaml",
            "prometheus/scrape-configs.yaml", "provisioning/dashboards.yaml", "provisioning/dashboards/higress-ai.json",
            "provisioning/datasources.yaml", "sidecar/higress-ai.configmap.yaml",
        ])
        #expect(try render() == files)
        let monitorFile = try #require(files.first { $0.path == "monitors/higress-gateway.podmonitor.yaml" })
        #expect(monitorFile.bytes == (try Monitor.podMonitor(higressGatewayMonitor).yaml()))
    }

    /// A dashboard JSON of about `size` bytes.
    func dashboard(ofSize size: Int) -> [UInt8] {
        Array(("{\n  \"description\": \"" + String(repeating: "x", count: size - 24) + "\"\n}").utf8)
    }

    @Test func goEscapingCountsTowardsTheLimit() throws {
        /// Whether the ConfigMap of a dashboard of `json` needs a server-side apply.
        func needsServerSide(_ json: [UInt8]) throws -> Bool {
            let files = try renderManifests(monitors: [], dashboards: [higressArtifact(json: json)])
            return try #require(files.first { $0.path == "sidecar/higress-ai.configmap.yaml" }).serverSideApply != nil
        }
        // 50,000 '<' take 300,000 bytes once Go escapes each as \u003c.
        #expect(try needsServerSide(Array(("{\"d\": \"" + String(repeating: "<", count: 50_000) + "\"}").utf8)))
        #expect(try !needsServerSide(Array(("{\"d\": \"" + String(repeating: "a", count: 50_000) + "\"}").utf8)))
        // 60,000 U+2028 take 180,000 bytes as UTF-8 and 360,000 as Go's \u2028; as many é or 网 (E7 BD 91) or
        // ¨ (C2 A8, the last byte of U+2028's) stay as they are.
        #expect(try needsServerSide(Array(("{\"d\": \"" + String(repeating: "\u{2028}", count: 60_000) + "\"}").utf8)))
        for character in ["é", "网", "¨"] {
            #expect(try !needsServerSide(Array(("{\"d\": \"" + String(repeating: character, count: 60_000) + "\"}").utf8)), "\(character)")
        }
    }

    /// Go's extra bytes counted exactly wherever the characters fall.
    @Test func goEscapesAreCountedAtEveryOffset() {
        for (character, extra) in [("<", 5), (">", 5), ("&", 5), ("\u{8}", 4), ("\u{C}", 4), ("\u{2028}", 3), ("\u{2029}", 3), ("¨", 0), ("网", 0)] {
            for offset in 0..<17 {
                let text = String(repeating: "a", count: offset) + character + String(repeating: "b", count: 20) + character
                #expect(ObjectSizeLimits.goEscapeExtra(Node.text(text)) == 2 * extra, "\(character) at \(offset)")
            }
        }
    }

    @Test func aDashboardTooLargeForAConfigMapIsRefusedEvenServerSide() throws {
        let artifact = higressArtifact(json: dashboard(ofSize: 1_100_000))
        let error = try #require(throws: ManifestError.self) {
            try renderManifests(monitors: [], dashboards: [artifact], settings: DeliverySettings(applyMethod: .serverSide))
        }
        #expect(error.problem.contains("over the 1,048,576 bytes a ConfigMap may hold"))
        #expect(error.problem.contains("file provisioning"))
    }
}
