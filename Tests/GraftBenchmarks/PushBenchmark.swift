// The push benchmark of `make bench`: 200 generated dashboards pushed to the Grafana emulator
// (20 ms a request) at concurrency 8 and at 1, both times and the speed-up printed (goal: at least
// 5x), then the same 200 pushed again, which must send no write request. A test target rather than
// an executable, so that the emulator is linked by tests only; `make bench` runs it on a release
// build with GRAFT_BENCH=1, and `make test` skips it.
import Foundation
import GraftGrafana
import GraftJSON
import GraftModel
import GraftTestSupport
import Testing

@Suite("Push benchmark (make bench)")
struct PushBenchmark {
    static let dashboardCount = 200
    static let latency = Duration.milliseconds(20)
    static let token = "glsa_bench"

    /// A dashboard with a datasource input, a row with a panel, and a variable, like an export.
    static func dashboard(_ index: Int) throws -> DashboardModel {
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

    /// A fresh emulator with the latency, a Prometheus datasource and an Editor token.
    static func emulator() throws -> GrafanaEmulator {
        var options = GrafanaEmulator.Options()
        options.latency = latency
        let emulator = try GrafanaEmulator(options: options)
        emulator.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prometheus:9090")
        emulator.addServiceAccountToken(token, role: .editor)
        return emulator
    }

    static func pusher(_ emulator: GrafanaEmulator) throws -> DashboardPusher {
        DashboardPusher(client: GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token(token))))
    }

    /// Seconds a push of every item takes at `concurrency`, on a fresh emulator (which it returns).
    static func timedPush(_ items: [PushItem], concurrency: Int) async throws -> (Double, PushResult, GrafanaEmulator) {
        let target = try emulator()
        var result: PushResult?
        let elapsed = try await ContinuousClock().measure {
            result = try await pusher(target).push(items, options: PushOptions(concurrency: concurrency))
        }
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, result!, target)
    }

    @Test("200 dashboards push at least 5x faster at concurrency 8 than at 1; pushing them again writes nothing",
          .enabled(if: ProcessInfo.processInfo.environment["GRAFT_BENCH"] == "1", "skipped: make bench runs it (GRAFT_BENCH=1)"),
          .timeLimit(.minutes(5)))
    func concurrentPush() async throws {
        let count = Self.dashboardCount
        let items = try (0..<count).map { index in
            PushItem(try Self.dashboard(index), folder: FolderPath(uid: "bench-folder-\(index % 5)", title: "Bench \(index % 5)"))
        }
        print("push benchmark: \(count) dashboards in 5 folders, emulator latency 20 ms a request")
        let (parallel, parallelResult, warm) = try await Self.timedPush(items, concurrency: 8)
        print(String(format: "concurrency 8: %.2f s  (%@)", parallel, parallelResult.summary))
        let (serial, serialResult, _) = try await Self.timedPush(items, concurrency: 1)
        print(String(format: "concurrency 1: %.2f s  (%@)", serial, serialResult.summary))
        let speedup = serial / parallel
        print(String(format: "speed-up: %.1fx (goal: at least 5x)", speedup))
        #expect(parallelResult.succeeded && serialResult.succeeded)
        #expect(speedup >= 5, "speed-up \(speedup)x, goal at least 5x")

        warm.resetRequestLog()
        let again = try await Self.pusher(warm).push(items, options: PushOptions(concurrency: 8))
        let writes = warm.writeRequestCount
        print("re-push of the unchanged \(count): \(again.summary) write requests: \(writes) (goal: 0)")
        #expect(writes == 0)
        #expect(again.unchanged == count)
    }
}
