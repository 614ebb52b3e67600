import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftPromQL

/// Every datasource reference (panels, queries, variables, annotations) resolves: to an `__inputs`
/// entry (`${DS_NAME}`), to a datasource variable (`$ds`, `${ds}`), to Grafana's built-in ones
/// (`-- Grafana --`, `-- Mixed --`, `-- Dashboard --`), or to a concrete uid.
enum DatasourceRule {
    /// Grafana's built-in datasources, by uid.
    static let builtIns: Set<String> = ["-- Grafana --", "-- Mixed --", "-- Dashboard --", "grafana"]

    static func check(_ dashboard: DashboardModel, at place: LintPlace) -> [LintFinding] {
        let inputs = Set((dashboard.inputs ?? []).compactMap(\.name))
        let datasourceVariables = Set((dashboard.variables ?? []).filter { $0.type == .datasource }.map(\.name))
        func problem(_ reference: DataSourceRef?) -> String? {
            guard let uid = reference?.uid, !builtIns.contains(uid) else { return nil }
            if let input = reference?.inputName {
                if inputs.contains(input) || datasourceVariables.contains(input) { return nil }
                return "datasource ${\(input)} is neither an __inputs entry (\(inputs.sorted().joined(separator: ", ").ifEmpty("none"))) nor a datasource variable"
            }
            if let variable = VariableReference.all(in: uid).first, variable.offset == 0, variable.length == uid.count {
                return datasourceVariables.contains(variable.name) ? nil : "datasource \(uid) names no datasource variable of the dashboard"
            }
            return nil
        }
        var findings: [LintFinding] = []
        for variable in dashboard.variables ?? [] {
            if let problem = problem(variable.datasource) { findings.append(LintFinding(.error, .unknownDatasource, at: place.variable(variable.name), problem)) }
        }
        for annotation in dashboard.annotations ?? [] {
            if let problem = problem(annotation.datasource) {
                findings.append(LintFinding(.error, .unknownDatasource, at: place, "annotation \"\(annotation.name ?? "")\": \(problem)"))
            }
        }
        for panel in dashboard.allPanels {
            let here = place.panel(panel)
            if let problem = problem(panel.datasource) { findings.append(LintFinding(.error, .unknownDatasource, at: here, problem)) }
            for target in panel.targets ?? [] {
                if let problem = problem(target.datasource) { findings.append(LintFinding(.error, .unknownDatasource, at: here.query(target.refId), problem)) }
            }
        }
        return findings
    }
}

extension String {
    /// The string, or `replacement` when it is empty.
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
