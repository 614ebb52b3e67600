import Foundation
import GraftGrafana
import GraftHTTP
import GraftJSON
import GraftModel
import GraftTestSupport
import Synchronization

/// Test dashboards, emulators and clients.
enum Fixtures {
    /// Retries fast enough for tests: short waits, many attempts.
    static let fastRetry = RetryPolicy(maximumAttempts: 30, initialDelay: .milliseconds(1), maximumDelay: .milliseconds(20),
                                       totalTimeLimit: .seconds(60))

    /// A token with the Editor role that tests push with.
    static let editorToken = "glsa_test_editor_token"

    /// A dashboard as an export has it: a `DS_PROMETHEUS` input, a row carrying a panel, a
    /// top-level panel with a target of its own datasource, a query variable, an annotation.
    static func dashboard(uid: String?, title: String, expr: String = "sum(rate(envoy_http_downstream_rq_total[1m]))") -> DashboardModel {
        let uidMember = uid.map { "\"uid\": \"\($0)\"," } ?? ""
        let text = """
        {
          "__inputs": [{"name": "DS_PROMETHEUS", "label": "Prometheus", "description": "", "type": "datasource",
                        "pluginId": "prometheus", "pluginName": "Prometheus"}],
          "__requires": [{"type": "datasource", "id": "prometheus", "name": "Prometheus", "version": "1.0.0"}],
          "annotations": {"list": [{"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}, "enable": true,
                                    "name": "Annotations & Alerts", "type": "dashboard"},
                                   {"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "enable": true,
                                    "expr": "changes(envoy_server_hot_restart_epoch[5m]) > 0", "name": "Restarts"}]},
          "id": null,
          "panels": [
            {"collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 0}, "id": 1, "title": "Traffic", "type": "row",
             "panels": [{"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "gridPos": {"h": 8, "w": 12, "x": 0, "y": 1},
                         "id": 2, "title": "Requests", "type": "timeseries",
                         "targets": [{"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "expr": "\(expr)", "refId": "A"}]}]},
            {"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "gridPos": {"h": 8, "w": 12, "x": 0, "y": 9},
             "id": 3, "title": "Gateway ${gateway}", "type": "stat", "fieldConfig": {"defaults": {"unit": "reqps", "decimals": 2.0}},
             "targets": [{"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "expr": "up{gateway=\\"$gateway\\"}", "refId": "A"}]}
          ],
          "schemaVersion": 39,
          "tags": ["higress", "graft"],
          "templating": {"list": [{"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "name": "gateway", "type": "query",
                                   "query": {"query": "label_values(envoy_server_live, higress)", "refId": "PrometheusVariableQueryEditor-VariableQuery"},
                                   "definition": "label_values(envoy_server_live, higress)"}]},
          "time": {"from": "now-5m", "to": "now"},
          "title": "\(title)",
          \(uidMember)
          "version": 7
        }
        """
        return try! DashboardModel(json: try JSONParser.parse(text))
    }

    /// `count` generated dashboards spread over a few nested folders.
    static func generated(_ count: Int) -> [PushItem] {
        let teams = FolderRef(uid: "teams", title: "Teams")
        return (0..<count).map { index in
            let folder = FolderPath([teams, FolderRef(uid: "team-\(index % 4)", title: "Team \(index % 4)")])
            return PushItem(dashboard(uid: "gen-\(index)", title: "Generated \(index)", expr: "sum(rate(metric_\(index)_total[1m]))"),
                            folder: folder)
        }
    }

    /// An emulator with one Prometheus datasource and an Editor token (`editorToken`).
    static func emulator(_ options: GrafanaEmulator.Options = GrafanaEmulator.Options()) throws -> GrafanaEmulator {
        let emulator = try GrafanaEmulator(options: options)
        emulator.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prometheus:9090", uid: "prom-main")
        emulator.addServiceAccountToken(editorToken, role: .editor)
        return emulator
    }

    /// A client for `emulator` with `credentials` and fast retries.
    static func client(_ emulator: GrafanaEmulator, credentials: Credentials = .token(editorToken),
                       retry: RetryPolicy = fastRetry) throws -> GrafanaClient {
        GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: credentials, requestTimeout: .seconds(10), retry: retry))
    }

    /// The normalised form of what `item` should look like in Grafana once bound to `datasource`.
    static func expected(_ item: PushItem, datasource: String = "prom-main") -> NormalizedDashboard {
        NormalizedDashboard(DatasourceBinding(values: ["DS_PROMETHEUS": datasource]).apply(to: item.dashboard))
    }

    /// Pushes and collects the progress lines.
    static func push(_ pusher: DashboardPusher, _ items: [PushItem], _ options: PushOptions = PushOptions()) async throws -> (PushResult, [String]) {
        let lines = LineCollector()
        let result = try await pusher.push(items, options: options) { lines.append($0.line) }
        return (result, lines.lines)
    }

    /// A port nothing listens on, and nothing will while the tests run: bound without listening
    /// (a connection to it is refused) and kept bound, so that no test server started in parallel
    /// takes it, as one did when the port was freed again.
    static func closedPort() throws -> Int {
        try LoopbackSocket.bound(reuse: false).port  // the descriptor stays open until the process ends
    }

    /// A port free for a server of another process to listen on (`openssl s_server`): bound, then closed.
    static func freePort() throws -> Int {
        let server = try HTTPTestServer { _ in .dropConnection() }
        let port = server.port
        server.stop()
        return port
    }
}

/// Collects lines from concurrent callbacks.
final class LineCollector: Sendable {
    private let storage = Mutex<[String]>([])
    /// Adds a line.
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    /// The lines so far.
    var lines: [String] { storage.withLock { $0 } }
}

