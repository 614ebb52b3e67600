// graft-push-bench: pushes 200 generated dashboards to the Grafana emulator (20 ms a request)
// at concurrency 8 and at 1, prints both times and the speed-up (goal: at least 5x), then shows
// that pushing the same 200 again sends no write request. Exits 1 when a goal is missed.
import Foundation
import GraftGrafana
import GraftJSON
import GraftModel
import GraftTestSupport

let dashboardCount = 200
let latency = Duration.milliseconds(20)
let token = "glsa_bench"

/// A dashboard with a datasource input, a row with a panel, and a variable, like an export.
func dashboard(_ index: Int) throws -> DashboardModel {
    let text = """
    {"__inputs": [{"name": "DS_PROMETHEUS", "label": "Prometheus", "description": "", "type": "datasource", "pluginId": "prometheus", "pluginName": "Prometheus"}],
     "panels": [{"collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 0}, "id": 1, "title": "Traffic", "type": "row",
                 "panels": [{"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "gridPos": {"h": 8, "w": 12, "x": 0, "y": 1}, "id": 2,
                             "targets": [{"expr": "sum(rate(metric_\(index)_total[1m]))", "refId": "A"}], "title": "Requests", "type": "timeseries"}]}],
     "templating": {"list": [{"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "name": "gateway", "type": "query", "query": "label_values(envoy_server_live, higress)"}]},
     "schemaVersion": 39, "time": {"from": "now-5m", "to": "now"}, "title": "Bench \(index)", "uid": "bench-\(index)"}
    """
    return try DashboardModel(json: JSONParser.parse(text))
}

let items = try (0..<dashboardCount).map { index in
    PushItem(try dashboard(index), folder: FolderPath(uid: "bench-folder-\(index % 5)", title: "Bench \(index % 5)"))
}

/// A fresh emulator with the latency, a Prometheus datasource and an Editor token.
func emulator() throws -> GrafanaEmulator {
    var options = GrafanaEmulator.Options()
    options.latency = latency
    let emulator = try GrafanaEmulator(options: options)
    emulator.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prometheus:9090")
    emulator.addServiceAccountToken(token, role: .editor)
    return emulator
}

func pusher(_ emulator: GrafanaEmulator) throws -> DashboardPusher {
    DashboardPusher(client: GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token(token))))
}

/// Seconds a push of every item takes at `concurrency`, on a fresh emulator (which it returns).
func timedPush(concurrency: Int) async throws -> (Double, PushResult, GrafanaEmulator) {
    let target = try emulator()
    let clock = ContinuousClock()
    var result: PushResult?
    let elapsed = try await clock.measure {
        result = try await pusher(target).push(items, options: PushOptions(concurrency: concurrency))
    }
    return (elapsed.seconds, result!, target)
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

print("graft-push-bench: \(dashboardCount) dashboards in 5 folders, emulator latency 20 ms a request")
let (parallel, parallelResult, warm) = try await timedPush(concurrency: 8)
print(String(format: "concurrency 8: %.2f s  (%@)", parallel, parallelResult.summary))
let (serial, serialResult, _) = try await timedPush(concurrency: 1)
print(String(format: "concurrency 1: %.2f s  (%@)", serial, serialResult.summary))
let speedup = serial / parallel
let speedupMet = speedup >= 5 && parallelResult.succeeded && serialResult.succeeded
print(String(format: "speed-up: %.1fx (goal: at least 5x) %@", speedup, speedupMet ? "met" : "MISSED"))

warm.resetRequestLog()
let again = try await pusher(warm).push(items, options: PushOptions(concurrency: 8))
let writes = warm.writeRequestCount
print("re-push of the unchanged \(dashboardCount): \(again.summary) write requests: \(writes) (goal: 0) \(writes == 0 ? "met" : "MISSED")")
exit(speedupMet && writes == 0 && again.unchanged == dashboardCount ? 0 : 1)
