import Foundation
import Graft
import GraftReview
import GraftTestSupport
import HigressCatalog
import Testing

/// Each defect of the exported Higress AI dashboard (`HigressAIDefect`), shown on the Higress metrics
/// fixture scraped by a real Prometheus: the export's query against the catalog's, side by side. A second
/// gateway (`other-higress-gateway`, the same pods' metrics under another `higress` label) shows what
/// the missing gateway filters sum.
@Suite(.enabled(if: TestEnvironment.prometheus != nil, "skipped: prometheus is not installed (apt-get install -y prometheus)"))
struct HigressAIDefectTests {
    static let gateway = HigressMetricsExposition.gatewayLabel

    /// The query of panel `id`'s target `refId` in `dashboard`, for the fixture's gateway over a 1-minute range.
    static func query(_ dashboard: DashboardModel, panel id: Int, _ refId: String) throws -> String {
        let target = try #require(dashboard.allPanels.first { $0.id == id }?.targets?.first { $0.refId == refId })
        return try #require(target.expr).replacingOccurrences(of: "$gateway", with: gateway).replacingOccurrences(of: "$__range", with: "1m")
    }

    @Test func eachDefectShowsOnTheFixture() async throws {
        let fixture = try HigressMetricsFixture()
        defer { fixture.stop() }
        let other = """
        - job_name: other-gateway
          metrics_path: /stats/prometheus
          static_configs:
          - targets: ['\(fixture.address)']
            labels: {__param_pod: '\(HigressMetricsExposition.gatewayPods[0])', higress: other-higress-gateway, pod: other-gateway-0, namespace: other-ns}

        """
        let prometheus = try LocalPrometheus(configuration: fixture.prometheusConfig(scrapeInterval: "1s") + other)
        defer { prometheus.stop() }
        let client = PrometheusClient(baseURL: prometheus.baseURL, timeout: .seconds(10))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if (try? await client.instant("sum_over_time(up[1m]) >= 5", at: Date()))?.samples.count == 4 { break }
            try await Task.sleep(for: .milliseconds(500))
        }
        let now = Date()
        func value(_ query: String) async throws -> Double {
            let samples = try await client.instant(query, at: now).samples
            try #require(samples.count == 1, "\(query): \(samples.count) series")
            return try #require(Double(samples[0].value))
        }
        func labels(_ query: String, _ label: String) async throws -> Set<String> {
            Set(try await client.instant(query, at: now).samples.map { $0.labels[label] ?? "" })
        }
        let export = try higressAIExport.render(), fixed = try higressAIDashboard.render()
        // Rates over the time the fixture has run: its counters are whole numbers, so irate's last two scrapes jump.
        func smoothed(_ query: String) -> String { query.replacingOccurrences(of: "irate(", with: "rate(").replacingOccurrences(of: "[5m]", with: "[1m]") }

        // Token row: the export sums both gateways, the catalog reads the selected one.
        let tokensExport = try await value(smoothed(try Self.query(export, panel: 57, "A")))
        let tokensFixed = try await value(smoothed(try Self.query(fixed, panel: 57, "A")))
        #expect(tokensExport > 1.3 * tokensFixed, "export \(tokensExport), catalog \(tokensFixed)")
        // XDS row: the same, on a gauge (one connection a pod: the selected gateway's two pods, and the other one's).
        #expect(try await value(try Self.query(export, panel: 30, "C")) == 3)
        #expect(try await value(try Self.query(fixed, panel: 30, "C")) == 2)

        // Provider: after the last dash in the export, the host's name in the catalog.
        let providersExport = try await labels(try Self.query(export, panel: 61, "A"), "provider")
        let providersFixed = try await labels(try Self.query(fixed, panel: 61, "A"), "provider")
        #expect(providersExport.contains("24"))
        #expect(providersFixed.contains("gpustack-10-24"))
        #expect(!providersFixed.contains("24"))

        // Upstream success rate: the export counts every request twice (per class and per code) and each 5xx once.
        let outbound = #"higress="\#(Self.gateway)", cluster_name=~"outbound\\|.*""#
        let failed = try await value(#"sum(rate(envoy_cluster_upstream_rq{\#(outbound), response_code_class="5xx"}[1m])) / sum(rate(envoy_cluster_upstream_rq_total{\#(outbound)}[1m]))"#)
        let successExport = try await value(smoothed(try Self.query(export, panel: 19, "A")))
        let successFixed = try await value(smoothed(try Self.query(fixed, panel: 19, "A")))
        #expect(failed > 0)
        #expect(abs((1 - successFixed) - failed) < 0.2 * failed, "catalog \(successFixed), failed \(failed)")
        #expect(1 - successExport < 0.7 * failed, "export \(successExport), failed \(failed)")

        // Upstream requests by class: the export draws one more series, without a class.
        #expect(try await labels(try Self.query(export, panel: 49, "A"), "response_code_class").contains(""))
        #expect(!(try await labels(try Self.query(fixed, panel: 49, "A"), "response_code_class")).contains(""))

        // Downstream volume: the export counts Prometheus's scrapes of the stats listener as traffic.
        let downstreamExport = try await value(try Self.query(export, panel: 4, "A"))
        let downstreamFixed = try await value(try Self.query(fixed, panel: 4, "A"))
        let stats = try await value(#"round(sum(irate(envoy_http_downstream_rq_total{higress="\#(Self.gateway)", http_conn_manager_prefix="stats"}[5m])), 0.001)"#)
        // (irate's last two scrapes of a counter growing 0.5 a second may not differ; over a minute it grows.)
        #expect(try await value(#"sum(rate(envoy_http_downstream_rq_total{higress="\#(Self.gateway)", http_conn_manager_prefix="stats"}[1m]))"#) > 0)
        #expect(abs(downstreamExport - downstreamFixed - stats) < 0.01, "export \(downstreamExport), catalog \(downstreamFixed), stats \(stats)")

        // Namespace: with the other gateway selected, the export still offers the regex's pick of every gateway's name.
        func namespace(_ dashboard: Dashboard) async throws -> [String?] {
            let report = try await DashboardVerifier(client: client, variables: ["gateway": "other-higress-gateway"]).verify([try dashboard.render()])
            return report.variables.filter { $0.resolved.name == "namespace" }.map(\.resolved.value)
        }
        #expect(try await namespace(higressAIExport) == ["higress-system"])
        #expect(try await namespace(higressAIDashboard) == ["other-ns"])

        // Service Top: the export's parse leaves service and port empty on every row.
        #expect(try await labels(try Self.query(export, panel: 40, "A"), "service") == [""])
        #expect(!(try await labels(try Self.query(fixed, panel: 40, "A"), "service")).contains(""))
    }

    @Test func theExportsPanelsWithoutAUnitAreFixed() throws {
        let lint = { (dashboard: Dashboard) in
            try DashboardLinter(catalog: higressCatalog, promtool: nil).lint([LintSubject(model: try dashboard.render())])
                .findings.filter { $0.rule == .missingUnit }.compactMap(\.panelID)
        }
        #expect(Set(try lint(higressAIExport)) == [45, 49, 57, 59, 62, 40, 50, 42])
        #expect(try lint(higressAIDashboard).isEmpty)
    }
}
