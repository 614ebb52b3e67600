import GraftDSL
import Yams

/// A prometheus-operator PrometheusRule (monitoring.coreos.com/v1): groups of recording and alerting rules.
public struct PrometheusRule: Sendable, Hashable {
    /// Name, namespace, labels, annotations.
    public var metadata: ObjectMeta
    /// The rule groups.
    public var groups: [RuleGroup]

    /// A PrometheusRule named `name` in `namespace`, with its groups written as a list.
    public init(name: String, namespace: String, labels: [String: String] = [:], @ListBuilder<RuleGroup> groups: () -> [RuleGroup]) {
        metadata = ObjectMeta(name: name, namespace: namespace, labels: labels)
        self.groups = groups()
    }
}

/// A group of rules evaluated together, at one interval.
public struct RuleGroup: Sendable, Hashable {
    /// The group's name, unique within the PrometheusRule.
    public var name: String
    /// How often the rules are evaluated (the global interval when absent).
    public var interval: String?
    /// The rules, in evaluation order.
    public var rules: [Rule]

    /// A group named `name`, with its rules written as a list.
    public init(_ name: String, interval: String? = nil, @ListBuilder<Rule> rules: () -> [Rule]) {
        self.name = name
        self.interval = interval
        self.rules = rules()
    }
}

/// A recording rule (a new series from an expression) or an alerting rule.
public struct Rule: Sendable, Hashable {
    /// What the rule produces.
    public enum Kind: Sendable, Hashable {
        /// A recorded series with this metric name.
        case record(String)
        /// An alert with this name.
        case alert(String)
    }

    /// Recording or alerting, with its name.
    public var kind: Kind
    /// The PromQL expression.
    public var expr: String
    /// How long the condition must hold before the alert fires (alerts only).
    public var `for`: String?
    /// Labels added to the recorded series or the alert.
    public var labels: [String: String]
    /// Annotations of the alert (summary, description, runbook_url...).
    public var annotations: [String: String]

    /// A rule from its parts.
    public init(kind: Kind, expr: String, for duration: String? = nil, labels: [String: String] = [:], annotations: [String: String] = [:]) {
        self.kind = kind
        self.expr = expr
        self.for = duration
        self.labels = labels
        self.annotations = annotations
    }

    /// Records `expr` as the series `name`.
    public static func record(_ name: String, expr: String, labels: [String: String] = [:]) -> Rule {
        Rule(kind: .record(name), expr: expr, labels: labels)
    }

    /// Fires the alert `name` when `expr` has held for `for`.
    public static func alert(_ name: String, expr: String, for duration: String? = nil, labels: [String: String] = [:],
                             annotations: [String: String] = [:]) -> Rule {
        Rule(kind: .alert(name), expr: expr, for: duration, labels: labels, annotations: annotations)
    }

    /// Fires the alert `name` at `severity` when `expr` has held for `for`, with the `summary` and
    /// `description` annotations Alertmanager's templates show (both may use `{{ $labels.x }}` and `{{ $value }}`).
    public static func alert(_ name: String, expr: String, for duration: String, severity: AlertSeverity, summary: String,
                             description: String, labels: [String: String] = [:]) -> Rule {
        Rule(kind: .alert(name), expr: expr, for: duration, labels: labels.merging([severityLabel: severity.rawValue]) { $1 },
             annotations: [summaryAnnotation: summary, descriptionAnnotation: description])
    }

    /// The label an alert's severity goes in.
    public static let severityLabel = "severity"
    /// The annotation of an alert's one-line summary.
    public static let summaryAnnotation = "summary"
    /// The annotation of an alert's longer description.
    public static let descriptionAnnotation = "description"

    /// The alert's or recorded series' name.
    public var name: String {
        switch kind {
        case .record(let name), .alert(let name): return name
        }
    }

    /// Whether this is an alerting rule.
    public var isAlert: Bool {
        if case .alert = kind { return true }
        return false
    }
}

extension PrometheusRule {
    /// Every alerting rule of every group, in order.
    public var alerts: [Rule] { groups.flatMap(\.rules).filter(\.isAlert) }

    /// The groups as a plain Prometheus rule file (`groups:`), for a Prometheus without the operator
    /// (`rule_files:`) and for `promtool check rules` / `promtool test rules`: the CR's `spec`, as is.
    public func ruleFile() throws -> [UInt8] { try YAMLText.bytes(ruleFileNode) }

    var ruleFileNode: Node { .fields(["groups": groups]) }
}

extension PrometheusRule: MonitoringObject {
    static let kind = "PrometheusRule"

    var spec: Node { ruleFileNode }
}

extension RuleGroup: YAMLRepresentable {
    var yamlNode: Node { .fields(["name": name, "interval": interval, "rules": rules]) }
}

extension Rule: YAMLRepresentable {
    var yamlNode: Node {
        var record: String?, alert: String?
        switch kind {
        case .record(let name): record = name
        case .alert(let name): alert = name
        }
        return .fields([
            "record": record, "alert": alert, "expr": expr.contains("\n") ? Node.block(expr) : Node.text(expr), "for": self.for,
            "labels": labels, "annotations": annotations,
        ])
    }
}
