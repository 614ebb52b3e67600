import Foundation
import GraftGrafana
import GraftJSON
import GraftModel
import GraftTestSupport
import Testing

@Suite("Datasource binding")
struct DatasourceBindingTests {
    @Test("binding replaces every ${DS_X} as Grafana's import does and keeps variable references")
    func applyReplacesEverywhere() throws {
        let bound = DatasourceBinding(values: ["DS_PROMETHEUS": "prom-7"]).apply(to: Fixtures.dashboard(uid: "b", title: "  Bound  "))
        let text = bound.formatted()
        #expect(!text.contains("${DS_PROMETHEUS}"))
        let panels = try #require(bound["panels"]?.arrayValue)
        #expect(panels[0]["panels"]?.arrayValue?[0]["datasource"]?["uid"] == "prom-7", "a row's carried panel")
        #expect(panels[0]["panels"]?.arrayValue?[0]["targets"]?.arrayValue?[0]["datasource"]?["uid"] == "prom-7", "its target")
        #expect(panels[1]["datasource"]?["uid"] == "prom-7")
        #expect(bound["templating"]?["list"]?.arrayValue?[0]["datasource"]?["uid"] == "prom-7", "a variable")
        #expect(bound["annotations"]?["list"]?.arrayValue?[1]["datasource"]?["uid"] == "prom-7", "an annotation")
        #expect(panels[1]["title"] == "Gateway ${gateway}", "variable references stay")
        #expect(bound["__inputs"] == nil && bound["__requires"] == nil && bound["__elements"] == nil)
        #expect(bound["id"] == .null)
        #expect(bound["title"] == "Bound")
    }

    @Test("the Higress reference dashboard binds its DS_数字底座 input everywhere",
          .enabled(if: TestEnvironment.reference("Higress-AI-CN.json") != nil,
                   "skipped: ../shared/reference/Higress-AI-CN.json is not next to this repository"))
    func referenceDashboard() throws {
        let model = try DashboardModel(json: JSONParser.parse(try Data(contentsOf: TestEnvironment.reference("Higress-AI-CN.json")!)))
        let name = try #require(model.inputs?.first?.name)
        #expect(name == "DS_数字底座")
        let bound = DatasourceBinding(values: [name: "prom-main"]).apply(to: model).formatted()
        #expect(!bound.contains("${DS_"))
        #expect(bound.contains("\"uid\": \"prom-main\""))
    }


    @Test("an explicit uid wins; else the only datasource of the plugin type is used")
    func resolution() async throws {
        let emulator = try Fixtures.emulator()
        let pusher = DashboardPusher(client: try Fixtures.client(emulator))
        let item = PushItem(Fixtures.dashboard(uid: "one", title: "One"))
        _ = try await pusher.push([item], options: PushOptions(datasources: DatasourceChoices(uids: ["DS_PROMETHEUS": "explicit-uid"])))
        #expect(JSON.object(emulator.dashboard(uid: "one")!.data)["panels"]?.arrayValue?[1]["datasource"]?["uid"] == "explicit-uid")

        let second = PushItem(Fixtures.dashboard(uid: "two", title: "Two"))
        _ = try await pusher.push([second])
        #expect(JSON.object(emulator.dashboard(uid: "two")!.data)["panels"]?.arrayValue?[1]["datasource"]?["uid"] == "prom-main")
    }

    @Test("an unresolvable input stops the push before anything is written")
    func unresolvable() async throws {
        let emulator = try Fixtures.emulator()
        emulator.addDatasource(name: "Prometheus 2", type: "prometheus", url: "http://other:9090", uid: "prom-two")
        let pusher = DashboardPusher(client: try Fixtures.client(emulator))
        let items = [PushItem(Fixtures.dashboard(uid: "a", title: "A"), folder: FolderPath(uid: "f", title: "F")),
                     PushItem(Fixtures.dashboard(uid: "b", title: "B"))]
        let failure = try await #require(throws: PushFailure.self) { try await pusher.push(items) }
        print(failure)
        #expect(failure.description == "Dashboard \"A\" (uid a) was not pushed: its datasource input DS_PROMETHEUS needs a prometheus datasource and Grafana has 2 (\"Prometheus\" uid prom-main, \"Prometheus 2\" uid prom-two); give the uid of the one to use.")
        #expect(emulator.writeRequestCount == 0)

        let empty = try GrafanaEmulator()
        empty.addServiceAccountToken(Fixtures.editorToken, role: .editor)
        let none = try await #require(throws: PushFailure.self) { try await DashboardPusher(client: try Fixtures.client(empty)).push(items) }
        print(none)
        #expect(none.description.hasSuffix("its datasource input DS_PROMETHEUS needs a prometheus datasource and Grafana has none; give a Prometheus URL to create one, or give the uid of the datasource to use."))
        #expect(empty.writeRequestCount == 0)
    }

    @Test("a Prometheus URL creates the datasource once and is reused by later pushes")
    func createFromPrometheusURL() async throws {
        let emulator = try GrafanaEmulator()
        let pusher = DashboardPusher(client: try Fixtures.client(emulator, credentials: .basic(user: "admin", password: "admin")))
        let choices = DatasourceChoices(prometheusURL: "http://prometheus.monitoring:9090")
        let items = [PushItem(Fixtures.dashboard(uid: "a", title: "A")), PushItem(Fixtures.dashboard(uid: "b", title: "B"))]

        let dry = try await pusher.push(items, options: PushOptions(dryRun: true, datasources: choices))
        #expect(dry.datasources.isEmpty && emulator.datasources.isEmpty && emulator.writeRequestCount == 0)

        let first = try await pusher.push(items, options: PushOptions(datasources: choices))
        #expect(first.succeeded)
        #expect(first.datasources.count == 1)
        #expect(first.summary.hasSuffix("; 1 datasource created."))
        let created = try #require(emulator.datasources.first)
        #expect(created.url == "http://prometheus.monitoring:9090" && created.type == "prometheus" && created.name == "Prometheus")
        for uid in ["a", "b"] {
            #expect(JSON.object(emulator.dashboard(uid: uid)!.data)["panels"]?.arrayValue?[1]["datasource"]?["uid"] == .string(created.uid))
        }
        let second = try await pusher.push(items, options: PushOptions(datasources: choices))
        #expect(second.datasources.isEmpty && second.unchanged == 2)
        #expect(emulator.datasources.count == 1)
    }

    @Test("a datasource name taken by another URL is a clear error, before any dashboard is written")
    func nameClash() async throws {
        let emulator = try GrafanaEmulator()
        emulator.addDatasource(name: "Prometheus", type: "prometheus", url: "http://old:9090")
        let pusher = DashboardPusher(client: try Fixtures.client(emulator, credentials: .basic(user: "admin", password: "admin")))
        let failure = try await #require(throws: PushFailure.self) {
            try await pusher.push([PushItem(Fixtures.dashboard(uid: "a", title: "A"))],
                                  options: PushOptions(datasources: DatasourceChoices(prometheusURL: "http://new:9090")))
        }
        print(failure)
        #expect(failure.description == "Dashboard \"A\" (uid a) was not pushed: its datasource input DS_PROMETHEUS needs a Prometheus datasource for http://new:9090, but a datasource named \"Prometheus\" already exists with URL http://old:9090; give its uid or choose another name.")
        #expect(emulator.dashboards.isEmpty)
    }
}
