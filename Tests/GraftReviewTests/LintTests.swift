import ArgumentParser
import Foundation
import Graft
@testable import GraftCLI
import GraftReview
import GraftTestSupport
import HigressCatalog
import Testing

/// promtool, when Debian's prometheus package is installed.
let installedPromtool = Promtool.onPath()
let promtoolMissing: Comment = "skipped: promtool is not installed (apt-get install -y prometheus)"

@Suite struct LintTests {
    /// The catalog's dashboards, rendered.
    static func catalogSubjects() throws -> [LintSubject] {
        try higressCatalog.renderDashboards().map { LintSubject(model: $0.model) }
    }

    @Test(.enabled(if: installedPromtool != nil, promtoolMissing))
    func theCatalogHasNoErrorsWithPrometheusParser() throws {
        let report = try DashboardLinter(catalog: higressCatalog, promtool: installedPromtool).lint(try Self.catalogSubjects())
        #expect(report.errors.isEmpty, "\(report.text())")
    }

    @Test func theCatalogHasNoErrorsWithGraftsReader() throws {
        let report = try DashboardLinter(catalog: higressCatalog, promtool: nil).lint(try Self.catalogSubjects())
        #expect(report.errors.isEmpty, "\(report.text())")
        // Every query was read (none left unchecked, the recorded series included), and the Service Top tables are fixed.
        #expect(!report.findings.contains { $0.rule == .queryNotAnalysed || $0.rule == .unknownMetric }, "\(report.text())")
        #expect(!report.findings.contains { $0.rule == .labelReplaceNoMatch }, "\(report.text())")
    }

    @Test func theExportsServiceTopQuirkIsCaught() throws {
        let report = try DashboardLinter(catalog: higressCatalog, promtool: nil).lint([LintSubject(model: try higressAIExport.render())])
        let quirk = report.findings.filter { $0.rule == .labelReplaceNoMatch }
        #expect(Set(quirk.compactMap(\.panel)) == ["QPS Top 10", "失败请求 Top 10", "活跃连接数 Top 10", "响应时间 Top 10（慢请求）"])
        #expect(quirk.allSatisfy { $0.severity == .warning && $0.refId == "A" && $0.message.contains("outbound|443||llm-qwen.internal.dns") })
    }

    @Test func withoutThePodMonitorsLabelmapTheHigressLabelIsUnknown() throws {
        let bare = PodMonitor(name: "higress-gateway", namespace: "higress-system",
                              selector: LabelSelector(matchLabels: ["app": "higress-gateway"])) {
            ScrapeEndpoint(port: "istio-prom", path: "/stats/prometheus")
        }
        let report = try DashboardLinter(metrics: higressMetrics, monitors: [.podMonitor(bare)], promtool: nil).lint(try Self.catalogSubjects())
        let unknown = report.errors.filter { $0.rule == .unknownLabel }
        #expect(report.errors.count == unknown.count)
        #expect(unknown.allSatisfy { $0.message.contains("\"higress\"") }, "\(report.text())")
        // Both variables and every panel filtering on the gateway.
        #expect(Set(unknown.compactMap(\.variable)) == ["gateway", "namespace"])
        // AI: every panel but the Workload row's; MAIN: every panel on scraped series of the gateway (the recorded ones carry `higress` by rule).
        let byDashboard = Dictionary(grouping: unknown.filter { $0.panel != nil }, by: \.dashboard).mapValues { Set($0.compactMap(\.panelID)).count }
        #expect(byDashboard == ["Higress AI": 25, "Higress Gateway": 14], "\(report.text())")
    }

    @Test(.enabled(if: installedPromtool != nil, promtoolMissing))
    func brokenDashboardsAreReportedWithPrometheusParser() throws {
        try checkBrokenDashboard(promtool: installedPromtool)
    }

    @Test func brokenDashboardsAreReportedWithGraftsReader() throws {
        try checkBrokenDashboard(promtool: nil)
    }

    private func checkBrokenDashboard(promtool: Promtool?) throws {
        let path = try BrokenDashboard.write()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let report = try DashboardLinter(catalog: higressCatalog, promtool: promtool).lint([try LintSubject.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)])
        let found = Set(report.findings.map { BrokenDashboard.Expectation(rule: $0.rule.rawValue, panel: $0.panel ?? "", refId: $0.refId) })
        #expect(found == BrokenDashboard.expected, "\(report.text())")
        #expect(report.findings.allSatisfy { $0.dashboard == BrokenDashboard.title && $0.file == path })
        #expect(report.findings.filter { $0.severity == .warning }.map(\.rule) == [.missingUnit])
        if promtool != nil {
            let syntax = report.findings.first { $0.rule == .promqlSyntax }
            #expect(syntax?.message.contains("unclosed left parenthesis") == true, "\(syntax?.message ?? "")")
        }
        // The JSON form carries the same findings, with their names.
        let json = try JSONParser.parse(report.json())
        #expect(json["errors"]?.numberValue.map { "\($0)" } == "\(report.errors.count)")
        let entries = json["findings"]?.arrayValue ?? []
        #expect(entries.count == report.findings.count)
        #expect(entries.contains { $0["rule"] == "unknown-label" && $0["panel"] == "Unknown label" && $0["refId"] == "C" && $0["panelId"] == 3 })
    }

    @Test func theCommandExitsOneOnErrorsAndZeroOnWarnings() async throws {
        let path = try BrokenDashboard.write()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let options = installedPromtool == nil ? ["--no-promtool"] : []
        try await CatalogContext.$current.withValue(higressCatalog) {
            try await LintCommand.parse(options).run()  // warnings only
            await #expect(throws: ExitCode.failure) { try await LintCommand.parse(options + ["--format", "json", path]).run() }
        }
    }

    @Test func aMissingFileIsNamed() async throws {
        await #expect { try await CatalogContext.$current.withValue(higressCatalog) {
            try await LintCommand.parse(["--no-promtool", "/nonexistent/dash.json"]).run()
        } } throws: { "\($0)".contains("/nonexistent/dash.json") }
    }
}
