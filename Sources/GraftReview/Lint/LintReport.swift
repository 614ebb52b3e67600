import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// What `graft lint` found over a set of dashboards.
public struct LintReport: Sendable, Hashable {
    /// The findings, dashboard by dashboard, in panel order.
    public var findings: [LintFinding]
    /// How many dashboards were linted.
    public var dashboardCount: Int

    /// The errors (findings that fail the lint).
    public var errors: [LintFinding] { findings.filter { $0.severity == .error } }
    /// The warnings.
    public var warnings: [LintFinding] { findings.filter { $0.severity == .warning } }

    /// One line per finding, then a summary line.
    public func text() -> String {
        var lines = findings.map { "\($0.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \($0.location): [\($0.rule)] \($0.message)" }
        lines.append("\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s") in \(dashboardCount) dashboard\(dashboardCount == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON, for machines: `{"dashboards": N, "errors": N, "warnings": N, "findings": [...]}`.
    public func json() -> String {
        let entries: [JSON] = findings.map { finding in
            var object: JSONObject = ["severity": .string(finding.severity.rawValue), "rule": .string(finding.rule.rawValue),
                                      "dashboard": .string(finding.dashboard), "message": .string(finding.message)]
            object["file"] = finding.file.map(JSON.string)
            object["panel"] = finding.panel.map(JSON.string)
            object["panelId"] = finding.panelID.map(JSON.int)
            object["refId"] = finding.refId.map(JSON.string)
            object["variable"] = finding.variable.map(JSON.string)
            object["object"] = finding.object.map(JSON.string)
            object["ruleName"] = finding.ruleName.map(JSON.string)
            return .object(object)
        }
        let report: JSON = ["dashboards": .int(dashboardCount), "errors": .int(errors.count), "warnings": .int(warnings.count),
                            "findings": .array(entries)]
        return report.formatted(.grafana) + "\n"
    }
}
