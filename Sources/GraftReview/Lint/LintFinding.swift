import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// One problem `graft lint` found, named so a reader can go straight to it: the dashboard, the
/// panel (or variable), the query's letter, and the rule. The place's parts read as the finding's own
/// (`finding.panel`, `finding.refId`).
@dynamicMemberLookup
public struct LintFinding: Sendable, Hashable {
    /// Whether it fails the lint (`error`) or only warns.
    public var severity: LintSeverity
    /// The rule that found it.
    public var rule: LintRule
    /// Where it is.
    public var place: LintPlace
    /// What is wrong.
    public var message: String

    /// A finding of `rule` about `place`.
    public init(_ severity: LintSeverity, _ rule: LintRule, at place: LintPlace, _ message: String) {
        self.severity = severity
        self.rule = rule
        self.place = place
        self.message = message
    }

    /// A part of the place: `dashboard`, `file`, `panel`, `panelID`, `refId`, `variable`.
    public subscript<Value>(dynamicMember part: KeyPath<LintPlace, Value>) -> Value { place[keyPath: part] }

    /// Where it is, as one line: `Higress AI › panel 4 "下游请求量" › A`, `manifests/prometheus/x.rules.yaml (PrometheusRule ns/x) › rule Y`.
    public var location: String {
        let subject = place.object ?? place.dashboard
        var parts = [place.file.map { "\($0) (\(subject))" } ?? subject]
        if let rule = place.ruleName { parts.append("rule \(rule)") }
        if let panel = place.panel { parts.append("panel \(place.panelID.map(String.init) ?? "?") \"\(panel)\"") }
        if let variable = place.variable { parts.append("variable $\(variable)") }
        if let refId = place.refId { parts.append(refId) }
        return parts.joined(separator: " › ")
    }
}

/// Where a finding is: a dashboard, and in it a panel and query, or a variable.
public struct LintPlace: Sendable, Hashable {
    /// The dashboard's title.
    public var dashboard: String
    /// The file it was read from.
    public var file: String?
    /// The panel's title.
    public var panel: String?
    /// The panel's id.
    public var panelID: Int?
    /// The query's letter.
    public var refId: String?
    /// The variable's name.
    public var variable: String?
    /// The object the finding is about when it is not a dashboard (`PrometheusRule ns/name`, `the access log's ai_log`).
    public var object: String?
    /// The recording or alerting rule's name (`record:` or `alert:`).
    public var ruleName: String?

    /// The dashboard as a whole.
    public init(dashboard: String, file: String? = nil) {
        self.dashboard = dashboard
        self.file = file
    }

    /// An object that is not a dashboard (a rule file, the access log), written to `file` when it is one.
    public init(object: String, file: String? = nil) {
        dashboard = ""
        self.object = object
        self.file = file
    }

    /// A recording or alerting rule of this object.
    public func rule(_ name: String) -> LintPlace {
        var place = self
        place.ruleName = name
        return place
    }

    /// A panel of this dashboard.
    public func panel(_ model: PanelModel) -> LintPlace {
        var place = self
        place.panel = model.title ?? ""
        place.panelID = model.id
        return place
    }

    /// A query of this panel.
    public func query(_ refId: String?) -> LintPlace {
        var place = self
        place.refId = refId ?? "?"
        return place
    }

    /// A variable of this dashboard.
    public func variable(_ name: String) -> LintPlace {
        var place = self
        place.variable = name
        return place
    }
}

/// How bad a finding is.
public enum LintSeverity: String, Sendable, Hashable {
    /// The dashboard is wrong: `graft lint` exits 1.
    case error
    /// Probably a mistake; `graft lint` still exits 0.
    case warning
}

/// The rules `graft lint` applies, by the name its findings carry.
public struct LintRule: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// A query Prometheus's parser refuses (after Grafana's variables are replaced by stand-ins).
    public static let promqlSyntax: LintRule = "promql-syntax"
    /// A query graft's own reader could not follow, so its labels went unchecked.
    public static let queryNotAnalysed: LintRule = "query-not-analysed"
    /// A `$variable` no variable of the dashboard defines.
    public static let undefinedVariable: LintRule = "undefined-variable"
    /// A datasource reference that is no `__inputs` entry, datasource variable or uid.
    public static let unknownDatasource: LintRule = "unknown-datasource"
    /// A panel without a unit whose queries return rates, bytes or durations.
    public static let missingUnit: LintRule = "missing-unit"
    /// A unit that is neither one of Grafana's nor a `kind:text` unit, shown by Grafana as a bare suffix.
    public static let unknownUnit: LintRule = "unknown-unit"
    /// A panel off the 24-column grid, or without a position.
    public static let gridBounds: LintRule = "grid-bounds"
    /// Two panels sharing a grid cell.
    public static let gridOverlap: LintRule = "grid-overlap"
    /// A label the metric does not carry and the catalog's monitors do not attach.
    public static let unknownLabel: LintRule = "unknown-label"
    /// A metric the catalog's metric table does not list.
    public static let unknownMetric: LintRule = "unknown-metric"
    /// A `label_replace` regex that matches none of the known shapes of its source label's values.
    public static let labelReplaceNoMatch: LintRule = "label-replace-no-match"
    /// A rule file Prometheus refuses (`promtool check rules`).
    public static let promtoolRules: LintRule = "promtool-rules"
    /// A log query reading a field of an embedded log document (`ai_log`) that nothing the catalog configures writes.
    public static let unwrittenLogField: LintRule = "unwritten-log-field"
    /// A log field holding a credential (an `Authorization` header...): API keys end up in the log store.
    public static let loggedCredential: LintRule = "logged-credential"
}
