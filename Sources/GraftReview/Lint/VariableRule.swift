import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftPromQL

/// Every `$variable` a dashboard uses — in queries and legends, panel titles, descriptions and
/// links, repeats, dashboard links, and variable queries — is one of its variables or Grafana's own.
enum VariableRule {
    static func check(_ dashboard: DashboardModel, at place: LintPlace) -> [LintFinding] {
        let defined = Set((dashboard.variables ?? []).map(\.name))
        var findings: [LintFinding] = []
        func check(_ text: String?, _ what: String, at here: LintPlace) {
            guard let text else { return }
            var seen: Set<String> = []
            for reference in VariableReference.all(in: text) where !reference.isBuiltIn && !defined.contains(reference.name) {
                guard seen.insert(reference.name).inserted else { continue }
                findings.append(LintFinding(.error, .undefinedVariable, at: here,
                                            "\(what) uses $\(reference.name), which the dashboard does not define (it defines \(defined.sorted().map { "$" + $0 }.joined(separator: ", ").ifEmpty("no variables")))"))
            }
        }
        for link in dashboard.links ?? [] {
            check(link.title, "dashboard link title", at: place)
            check(link.url, "dashboard link", at: place)
        }
        for variable in dashboard.variables ?? [] {
            check(VariableQuery.text(of: variable), "its query", at: place.variable(variable.name))
        }
        for panel in dashboard.allPanels {
            let here = place.panel(panel)
            check(panel.title, "the title", at: here)
            check(panel.description, "the description", at: here)
            for link in panel.links ?? [] {
                check(link.title, "a link title", at: here)
                check(link.url, "a link", at: here)
            }
            if let variable = panel.repeat, !defined.contains(variable) {
                findings.append(LintFinding(.error, .undefinedVariable, at: here, "repeats for $\(variable), which the dashboard does not define"))
            }
            for target in panel.targets ?? [] {
                check(target.expr, "the query", at: here.query(target.refId))
                check(target.legendFormat, "the legend", at: here.query(target.refId))
            }
        }
        return findings
    }
}
