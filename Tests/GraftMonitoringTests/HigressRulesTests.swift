import Foundation
import GraftMonitoring
import GraftTestSupport
import HigressCatalog
import Testing
import Yams

/// The Higress alert rules: Prometheus accepts them, and their promtool unit tests (`Tests/Rules/`, run by
/// `make test` with `promtool test rules`) make every alert fire and keep it silent.
@Suite struct HigressRulesTests {
    /// The unit tests of the rules, as promtool reads them.
    static let unitTests = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/Rules/higress-gateway.test.yaml")

    @Test func everyAlertHasACaseThatFiresAndOneThatStaysSilent() throws {
        let text = try String(contentsOf: Self.unitTests, encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(document["rule_files"] as? [String] == ["../../" + "manifests/" + ManifestLayout.ruleFile(higressGatewayRules)])
        var firing = Set<String>(), silent = Set<String>()
        for test in document["tests"] as? [[String: Any]] ?? [] {
            for check in test["alert_rule_test"] as? [[String: Any]] ?? [] {
                guard let name = check["alertname"] as? String else { continue }
                if (check["exp_alerts"] as? [Any] ?? []).isEmpty { silent.insert(name) } else { firing.insert(name) }
            }
        }
        let alerts = Set(higressGatewayRules.alerts.map(\.name))
        #expect(alerts.count == 8)
        #expect(firing == alerts)
        #expect(silent == alerts)
    }

    @Test(.enabled(if: TestEnvironment.promtool != nil, "skipped: promtool is not installed (apt-get install -y prometheus)"))
    func promtoolAcceptsTheRuleFileAndItsUnitTestsPass() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("manifests/prometheus"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Tests/Rules"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The rule file as this build renders it, beside a copy of the unit tests, so the committed manifest is not what is tested.
        let rules = folder.appendingPathComponent("manifests/" + ManifestLayout.ruleFile(higressGatewayRules))
        try Data(try higressGatewayRules.ruleFile()).write(to: rules)
        let tests = folder.appendingPathComponent("Tests/Rules/higress-gateway.test.yaml")
        try FileManager.default.copyItem(at: Self.unitTests, to: tests)
        let check = try run(TestEnvironment.promtool!, ["check", "rules", rules.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("SUCCESS: 16 rules found"), "\(check.output)")
        let unit = try run(TestEnvironment.promtool!, ["test", "rules", tests.path])
        #expect(unit.status == 0, "\(unit.output)")
    }

    @Test func alertsCarryASeverityASummaryAndADescription() {
        for alert in higressGatewayRules.alerts {
            #expect(["critical", "warning"].contains(alert.labels[Rule.severityLabel]), "\(alert.name)")
            #expect(alert.annotations[Rule.summaryAnnotation]?.isEmpty == false, "\(alert.name)")
            #expect(alert.annotations[Rule.descriptionAnnotation]?.isEmpty == false, "\(alert.name)")
            #expect(alert.for != nil, "\(alert.name)")
        }
    }

    @Test func theObjectivesSetTheThresholds() throws {
        var objectives = HigressAlertObjectives()
        objectives.consumerDailyTokenBudget = 1_000
        let budget = try #require(higressRules(objectives: objectives).alerts.first { $0.name == "HigressConsumerTokenBudgetExceeded" })
        #expect(budget.expr.hasSuffix("> 1000"))
        #expect(budget.annotations[Rule.descriptionAnnotation]?.contains("its budget is 1000") == true)
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
