import ArgumentParser
import Foundation
import Graft
@testable import GraftCLI
import GraftReview
import GraftTestSupport
import HigressCatalog
import Testing

@Suite struct VerifyOfflineTests {
    /// Grafana's built-ins for one query: (range, panel width, maxDataPoints, query interval, intervalFactor) → ($__interval, $__rate_interval).
    @Test(arguments: [
        (3_600_000, 12, nil, nil, 1, "15s", "1m"),       // 1h over 960 px: 3.75 s a point, below the 15 s minimum
        (86_400_000, 24, nil, nil, 1, "30s", "1m"),      // 1d over 1920 px: 45 s a point, rounded to 30s
        (3_600_000, 6, 100, nil, 1, "30s", "1m"),        // maxDataPoints 100: 36 s, rounded to 30s
        (3_600_000, 12, nil, "1m", 2, "2m", "2m15s"),    // the query's 1m minimum, times intervalFactor 2
        (604_800_000, 24, nil, nil, 1, "5m", "5m15s"),   // 7d: 315 s a point, rounded to 5m
    ] as [(Int, Int, Int?, String?, Int, String, String)])
    func builtInsFollowGrafana(range: Int, width: Int, maxDataPoints: Int?, interval: String?, factor: Int, expected: String, rate: String) {
        var panel = PanelModel(type: "timeseries")
        panel.gridPos = GridPos(h: 8, w: width, x: 0, y: 0)
        panel.maxDataPoints = maxDataPoints
        var target = Target(refId: "A", expr: "up")
        target.interval = interval
        target.intervalFactor = factor
        let timing = QueryTiming(target: target, panel: panel, rangeMilliseconds: range, scrapeIntervalMilliseconds: 15_000)
        #expect(timing.builtInValues["__interval"] == expected)
        #expect(timing.builtInValues["__rate_interval"] == rate)
        #expect(timing.builtInValues["__range"] == "\(range / 1000)s")
        #expect(timing.builtInValues["__range_s"] == "\(range / 1000)")
    }

    @Test func durationsReadAndWriteAsPrometheusDoes() {
        #expect(PrometheusDuration.milliseconds("1h30m") == 5_400_000)
        #expect(PrometheusDuration.milliseconds("500ms") == 500)
        #expect(PrometheusDuration.milliseconds("1x") == nil)
        #expect(PrometheusDuration.text(75_000) == "1m15s")
        #expect(PrometheusDuration.grafanaInterval(90_000) == "1m")
    }

    @Test func anUnreachablePrometheusIsAnError() async throws {
        let port = try LocalPrometheus.freePort()
        let verifier = DashboardVerifier(client: PrometheusClient(baseURL: URL(string: "http://127.0.0.1:\(port)")!, timeout: .seconds(5)))
        await #expect { _ = try await verifier.verify([try higressAIDashboard.render()]) } throws: { error in
            (error as? PrometheusError)?.unreachable == true
        }
    }
}

@Suite(.enabled(if: TestEnvironment.prometheus != nil, "skipped: prometheus is not installed (apt-get install -y prometheus)"))
struct VerifyAgainstPrometheusTests {
    /// Polls `condition` every half second for at most `seconds`.
    private func wait(seconds: Double, until condition: () async -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(500))
        }
        return false
    }

    @Test func everyHigressQueryReturnsDataAndABrokenOneFails() async throws {
        let fixture = try HigressMetricsFixture()
        defer { fixture.stop() }
        // The PodMonitor's own scrape config (operator relabelings and its labelmap) over simulated pod discovery.
        let targets = fixture.discoveredTargets.map { StaticTargetGroup(targets: [$0.address], labels: $0.labels) }
        let gateway = try ScrapeConfigFile(scrapeConfigs: higressGatewayMonitor.scrapeConfigs(discovery: .staticTargets(targets))).yaml()
        let configuration = fixture.prometheusConfig(scrapeInterval: "1s", gatewayScrapeConfigs: String(decoding: gateway, as: UTF8.self))
        // The catalog's recording rules, which the MAIN dashboard reads.
        let prometheus = try LocalPrometheus(configuration: configuration, ruleFiles: [try higressGatewayRules.ruleFile()])
        defer { prometheus.stop() }
        let client = PrometheusClient(baseURL: prometheus.baseURL, timeout: .seconds(10))

        // Both gateway pods and the kubelet scraped at least 5 times (irate needs two samples, increase a few),
        // and the recorded series written a few times since.
        // A precondition, not a figure: on two busy cores Prometheus took over a minute to get there once.
        let ready = await wait(seconds: 180) {
            let scraped = try? await client.instant("sum_over_time(up[1m]) >= 5", at: Date())
            let recorded = try? await client.instant("count_over_time(higress:upstream_latency_ms:p99_rate5m[1m]) >= 3", at: Date())
            return scraped?.samples.count == 3 && recorded?.samples.isEmpty == false
        }
        try #require(ready, "Prometheus did not scrape the fixture in 180 s:\n\(prometheus.logTail)")

        let report = try await DashboardVerifier(client: client).verify([try higressAIDashboard.render()])
        #expect(report.queries.count == 47)
        #expect(report.failures.isEmpty, "\(report.text())")
        #expect(report.queries.allSatisfy { $0.seriesCount > 0 })
        let values = Dictionary(report.variables.map { ($0.resolved.name, $0.resolved.value) }, uniquingKeysWith: { $1 })
        #expect(values["gateway"] == "higress-system-higress-gateway")
        #expect(values["namespace"] == "higress-system")
        // MAIN too, on the recorded series as on the scraped ones.
        let main = try await DashboardVerifier(client: client).verify([try higressMainDashboard.render()])
        #expect(main.queries.count == 30)
        #expect(main.failures.isEmpty, "\(main.text())")
        // The export fails where its columns stay empty, naming the empty labels.
        let export = try await DashboardVerifier(client: client).verify([try higressAIExport.render()])
        let gaps = Dictionary(grouping: export.failures, by: \.panel).mapValues { Set($0.flatMap { $0.labelGaps.map(\.label) }) }
        // The Service Top tables' parse never matches Envoy's `outbound|<port>|<subset>|<host>`; upstream requests
        // `by (response_code_class)` draws the per-code series, which have no class, as one more.
        #expect(gaps == ["QPS Top 10": ["service", "port"], "失败请求 Top 10": ["service", "port"], "活跃连接数 Top 10": ["service", "port"],
                         "响应时间 Top 10（慢请求）": ["service", "port"], "上游每秒请求数": ["response_code_class"]], "\(export.text())")
        #expect(export.text().contains(#""service" empty on"#))
        // Per-model token rates see every model the fixture serves.
        let perModel = report.queries.first { $0.panel == "每秒输入 Token 数（模型级）" }
        #expect(perModel?.seriesCount == 3)

        // The command over the catalog succeeds; over a dashboard with a missing metric it exits 1.
        let url = prometheus.baseURL.absoluteString
        try await CatalogContext.$current.withValue(higressCatalog) {
            try await VerifyCommand.parse(["--prometheus", url, "--range", "15m"]).run()
        }
        let broken = Catalog("broken") {
            Dashboard("Broken", uid: "broken") {
                Row("Requests") {
                    Timeseries("Fine") { Prometheus("sum(envoy_server_live)") }
                    Timeseries("Missing metric") { Prometheus("sum(rate(envoy_no_such_metric_total[5m]))") }
                }
            }
        }
        let brokenReport = try await DashboardVerifier(client: client).verify(try broken.renderDashboards().map(\.model))
        #expect(brokenReport.failures.map { "\($0.panel) › \($0.refId)" } == ["Missing metric › A"])
        await #expect(throws: ExitCode.failure) {
            try await CatalogContext.$current.withValue(broken) {
                try await VerifyCommand.parse(["--prometheus", url]).run()
            }
        }
        // Dashboard files are verified beside the catalog's: the export, as a file, fails the command.
        let exportFile = FileManager.default.temporaryDirectory.appendingPathComponent("graft-verify-\(UUID().uuidString).json")
        try Data(try higressAIExport.render().jsonText().utf8).write(to: exportFile)
        defer { try? FileManager.default.removeItem(at: exportFile) }
        await #expect(throws: ExitCode.failure) {
            try await CatalogContext.$current.withValue(Catalog("empty") {}) {
                try await VerifyCommand.parse(["--prometheus", url, exportFile.path]).run()
            }
        }
        await #expect(throws: (any Error).self) {
            try await CatalogContext.$current.withValue(Catalog("empty") {}) {
                try await VerifyCommand.parse(["--prometheus", url, exportFile.path + ".missing"]).run()
            }
        }
        // A wrong --var empties every query that filters on it.
        let wrong = try await DashboardVerifier(client: client, variables: ["gateway": "nope-higress-gateway"]).verify([try higressAIDashboard.render()])
        #expect(wrong.failures.count >= 20)
    }
}
