import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftPromQL

/// A dashboard to lint: rendered from the catalog, or read from a JSON file.
public struct LintSubject: Sendable {
    /// The dashboard as Grafana saves it.
    public var model: DashboardModel
    /// The file it was read from, or `nil` for the catalog's own.
    public var file: String?
    /// Whether the grid is checked (the DSL already refuses bad grids when it renders).
    public var checksGrid: Bool

    /// A dashboard to lint; the grid is checked for dashboards read from a file unless `checksGrid` says otherwise.
    public init(model: DashboardModel, file: String? = nil, checksGrid: Bool? = nil) {
        self.model = model
        self.file = file
        self.checksGrid = checksGrid ?? (file != nil)
    }

    /// The dashboard in `bytes`, read from the JSON file `path` (see `DashboardFile.model(from:file:)`).
    public static func read(_ bytes: [UInt8], file path: String) throws -> LintSubject {
        LintSubject(model: try DashboardFile.model(from: bytes, file: path), file: path)
    }
}

/// `graft lint`: static checks of dashboards against Prometheus's parser and the catalog's knowledge
/// of its metrics. The rules and their severities are `LintRule`'s.
public struct DashboardLinter: Sendable {
    /// The catalog's metric table.
    public var metrics: MetricFamilies
    /// The labels the catalog's monitors attach to what they scrape.
    public var attachedLabels: Set<String>
    /// Prometheus's parser; `nil` skips the syntax check (graft's own reader then reports what it cannot read).
    public var promtool: Promtool?
    /// The rules to check as Prometheus loads them.
    public var rules: [PrometheusRule] = []
    /// The fields of the access log's embedded documents, and who writes them.
    public var logFields = LogFields.unknown

    /// A linter knowing `metrics` and the labels `monitors` attach.
    public init(metrics: MetricFamilies, monitors: [Monitor], promtool: Promtool?) {
        self.metrics = metrics
        attachedLabels = MonitorLabels.attached(by: monitors, podLabels: metrics.podLabels)
        self.promtool = promtool
    }

    /// A linter knowing what `catalog` declares about its metrics and monitors, and the series its recording rules write.
    public init(catalog: Catalog, promtool: Promtool?) {
        var metrics = catalog.metrics
        for family in RecordedSeries.families(of: catalog.monitors) where metrics.families[family.name] == nil {
            metrics.families[family.name] = family
        }
        self.init(metrics: metrics, monitors: catalog.monitors, promtool: promtool)
        rules = catalog.monitors.compactMap { if case .prometheusRule(let rule) = $0 { rule } else { nil } }
        logFields = catalog.logFields
    }

    /// Lints every subject; throws only when promtool cannot be run.
    public func lint(_ subjects: [LintSubject]) throws -> LintReport {
        var findings = try RuleFileRule.check(rules, promtool: promtool) + LogFieldRule.credentials(in: logFields)
        var queries: [PromQLText] = []
        for subject in subjects {
            let place = LintPlace(dashboard: subject.model.title ?? "", file: subject.file)
            findings += LogFieldRule.check(subject.model, at: place, fields: logFields)
            findings += DatasourceRule.check(subject.model, at: place)
            findings += VariableRule.check(subject.model, at: place)
            findings += UnitRule.check(subject.model, at: place)
            if subject.checksGrid { findings += GridRule.check(subject.model, at: place) }
            queries += PromQLText.all(in: subject.model, at: place)
        }
        let syntaxErrors = try promtool?.parseErrors(queries.map(\.standIn)) ?? [:]
        let labelRules = LabelRules(metrics: metrics, attached: attachedLabels)
        var dimensions: [LintPlace: [(String?, QueryDimension)]] = [:]
        var panelsNeedingUnit: [LintPlace] = []
        for (index, query) in queries.enumerated() {
            if let error = syntaxErrors[index] {
                findings.append(LintFinding(.error, .promqlSyntax, at: query.place, "promtool: \(error) in: \(query.standIn)"))
                continue
            }
            let expression: PromQLExpression
            do {
                expression = try PromQLParser.parse(query.standIn)
            } catch {
                findings.append(promtool == nil
                    ? LintFinding(.error, .promqlSyntax, at: query.place, "\(error) in: \(query.standIn)")
                    : LintFinding(.warning, .queryNotAnalysed, at: query.place, "Prometheus accepts it, but graft's reader stopped \(error), so its labels are unchecked"))
                continue
            }
            var problems = labelRules.check(expression)
            if let label = query.variableLabel, let carried = labelRules.labels(of: expression), !carried.contains(label) {
                problems.append(QueryProblem(severity: .error, rule: .unknownLabel,
                                             message: "label_values(…, \(label)): no series of \(query.standIn) carries \"\(label)\""))
            }
            findings += problems.map { LintFinding($0.severity, $0.rule, at: query.place, $0.message) }
            if let panel = query.panel, !panel.setsUnit, let dimension = QueryDimension.of(expression), dimension.needsUnit != nil {
                let panelPlace = query.place.withoutQuery
                if dimensions[panelPlace] == nil { panelsNeedingUnit.append(panelPlace) }
                dimensions[panelPlace, default: []].append((query.place.refId, dimension))
            }
        }
        for place in panelsNeedingUnit {
            let uses = dimensions[place]!
            let kinds = uses.compactMap(\.1.needsUnit).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            findings.append(LintFinding(.warning, .missingUnit, at: place,
                                        "its queries return \(kinds.joined(separator: " and ")) (\(uses.compactMap(\.0).joined(separator: ", "))) but the panel sets no unit"))
        }
        return LintReport(findings: findings, dashboardCount: subjects.count)
    }

    /// One PromQL text to check: a panel's query, or the PromQL inside a variable's query.
    struct PromQLText {
        var place: LintPlace
        /// The panel it belongs to.
        var panel: PanelModel?
        /// The expression with Grafana's variables replaced by stand-ins.
        var standIn: String
        /// For `label_values(selector, label)`: the label the selector's series must carry.
        var variableLabel: String?

        /// The PromQL queries of a dashboard: Prometheus targets of every panel, and Prometheus query variables.
        static func all(in dashboard: DashboardModel, at place: LintPlace) -> [PromQLText] {
            let inputPlugins = Dictionary((dashboard.inputs ?? []).compactMap { input in input.name.map { ($0, input.pluginId ?? "") } },
                                          uniquingKeysWith: { first, _ in first })
            func isPrometheus(_ references: DataSourceRef?...) -> Bool {
                for reference in references {
                    guard let reference else { continue }
                    if let type = reference.type, type != "datasource" { return type == "prometheus" }
                    if let input = reference.inputName, let plugin = inputPlugins[input] { return plugin == "prometheus" }
                }
                return true
            }
            var queries: [PromQLText] = []
            for variable in dashboard.variables ?? [] where isPrometheus(variable.datasource) {
                guard let text = VariableQuery.text(of: variable), let query = VariableQuery.parse(text), let promQL = query.promQL else { continue }
                var label: String?
                if case .labelValues(_, let name) = query { label = name }
                queries.append(PromQLText(place: place.variable(variable.name), panel: nil, standIn: PromQLStandIns.replace(in: promQL), variableLabel: label))
            }
            for panel in dashboard.allPanels {
                for target in panel.targets ?? [] where isPrometheus(target.datasource, panel.datasource) {
                    guard let expr = target.expr, !expr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
                    queries.append(PromQLText(place: place.panel(panel).query(target.refId), panel: panel,
                                         standIn: PromQLStandIns.replace(in: expr), variableLabel: nil))
                }
            }
            return queries
        }
    }
}

extension LintPlace {
    /// The same place without its query letter: the panel.
    var withoutQuery: LintPlace {
        var place = self
        place.refId = nil
        return place
    }
}
