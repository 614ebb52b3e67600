import Graft
import GraftHigress
@testable import GraftReview
import HigressCatalog
import Testing

/// `graft lint` beyond dashboards: the catalog's rules as Prometheus loads them, and the access-log
/// fields its log dashboards read and its plugins write.
@Suite struct CatalogLintTests {
    /// A catalog with one broken recording rule and one alert with a bad `for`.
    static let brokenRules = Catalog("broken-rules") {
        PrometheusRule(name: "broken", namespace: "monitoring") {
            RuleGroup("broken.rules") {
                Rule.record("broken:unclosed", expr: "sum(rate(envoy_server_live[5m])")
            }
        }
    }

    @Test(.enabled(if: installedPromtool != nil, promtoolMissing))
    func promtoolChecksTheRuleFiles() throws {
        let report = try DashboardLinter(catalog: Self.brokenRules, promtool: installedPromtool).lint([])
        let finding = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.text())")
        #expect(finding.rule == .promtoolRules)
        #expect(finding.ruleName == "broken:unclosed")
        #expect(finding.file == "manifests/prometheus/broken.rules.yaml")
        #expect(finding.message.contains("unclosed left parenthesis"), "\(finding.message)")
        #expect(finding.location == "manifests/prometheus/broken.rules.yaml (PrometheusRule monitoring/broken) › rule broken:unclosed")
        // The catalog's own rules pass.
        #expect(try DashboardLinter(catalog: higressCatalog, promtool: installedPromtool).lint([]).findings.isEmpty)
    }

    @Test func withoutPromtoolGraftsReaderChecksTheRules() throws {
        let report = try DashboardLinter(catalog: Self.brokenRules, promtool: nil).lint([])
        #expect(report.errors.map(\.rule) == [.promqlSyntax], "\(report.text())")
        #expect(report.errors.first?.ruleName == "broken:unclosed")
    }

    /// The deployment note's ai-statistics configuration: the catalog's, plus the `Authorization` header as `bearer_token`.
    static let notesConfig: AIStatisticsConfig = {
        var config = higressAIStatisticsConfig
        config.attributes?.append(.logged("bearer_token", from: .requestHeader, "Authorization"))
        return config
    }()

    @Test func aCredentialInTheLogIsAWarning() throws {
        let catalog = Catalog("note") {
            higressLogDashboard
            AIStatisticsPlugin(Self.notesConfig)
        }
        let report = try DashboardLinter(catalog: catalog, promtool: nil).lint([])
        let credential = report.findings.filter { $0.rule == .loggedCredential }
        #expect(credential.count == 1, "\(report.text())")
        #expect(credential.first?.severity == .warning)
        #expect(credential.first?.message.contains("request header Authorization as ai_log.bearer_token") == true, "\(credential.first?.message ?? "")")
        #expect(report.errors.isEmpty)
        // The catalog leaves it out.
        #expect(!(try DashboardLinter(catalog: higressCatalog, promtool: nil).lint([])).findings.contains { $0.rule == .loggedCredential })
    }

    @Test func everyAILogFieldTheLogDashboardReadsIsWritten() throws {
        let read = try higressLogDashboard.render().allPanels.flatMap { panel in
            (panel.targets ?? []).flatMap { LogFieldRule.fieldsRead(from: "ai_log", in: $0.expr ?? "") }
        }
        #expect(Set(read) == ["model", "consumer", "input_token", "output_token", "total_token", "llm_service_duration",
                              "llm_first_token_duration", "question", "answer"])
        let subjects = try higressCatalog.renderDashboards().map { LintSubject(model: $0.model) }
        #expect(!(try DashboardLinter(catalog: higressCatalog, promtool: nil).lint(subjects)).findings.contains { $0.rule == .unwrittenLogField })

        // Without the question and answer attributes, the Q&A panel reads fields nothing writes.
        var config = higressAIStatisticsConfig
        config.attributes?.removeAll { $0.key == "question" || $0.key == "answer" }
        let catalog = Catalog("no-answers") { AIStatisticsPlugin(config) }
        let report = try DashboardLinter(catalog: catalog, promtool: nil).lint([LintSubject(model: try higressLogDashboard.render())])
        let unwritten = report.findings.filter { $0.rule == .unwrittenLogField }
        #expect(unwritten.map(\.message).map { $0.prefix(30) } == ["reads ai_log.question, which n", "reads ai_log.answer, which not"])
        #expect(unwritten.allSatisfy { $0.severity == .error && $0.panel == "Questions and answers" && $0.refId == "A" })
    }
}
