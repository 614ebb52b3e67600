import Yams

/// Selects Kubernetes objects by label: every `matchLabels` pair and every expression must hold.
public struct LabelSelector: Sendable, Hashable {
    /// Labels that must have exactly these values.
    public var matchLabels: [String: String]
    /// Further requirements (In, NotIn, Exists, DoesNotExist).
    public var matchExpressions: [LabelSelectorRequirement]

    /// A selector from labels and expressions.
    public init(matchLabels: [String: String] = [:], matchExpressions: [LabelSelectorRequirement] = []) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    /// Whether it selects nothing in particular (and so everything).
    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }
}

/// One requirement of a label selector: a key, an operator and values.
public struct LabelSelectorRequirement: Sendable, Hashable {
    /// The operators Kubernetes knows.
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        /// The label's value is one of the values.
        case `in` = "In"
        /// The label is absent or its value is none of the values.
        case notIn = "NotIn"
        /// The label is present.
        case exists = "Exists"
        /// The label is absent.
        case doesNotExist = "DoesNotExist"
    }

    /// The label key.
    public var key: String
    /// How the key relates to the values.
    public var `operator`: Operator
    /// The values: non-empty for In and NotIn, empty for Exists and DoesNotExist.
    public var values: [String]

    /// A requirement from its parts.
    public init(key: String, operator: Operator, values: [String] = []) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    /// `key` has one of `values`.
    public static func `in`(_ key: String, _ values: [String]) -> Self { Self(key: key, operator: .in, values: values) }
    /// `key` is absent or has none of `values`.
    public static func notIn(_ key: String, _ values: [String]) -> Self { Self(key: key, operator: .notIn, values: values) }
    /// `key` is present.
    public static func exists(_ key: String) -> Self { Self(key: key, operator: .exists) }
    /// `key` is absent.
    public static func doesNotExist(_ key: String) -> Self { Self(key: key, operator: .doesNotExist) }
}

/// The namespaces a monitor looks in: any, a list, or (when absent) the monitor's own.
public struct NamespaceSelector: Sendable, Hashable {
    /// Every namespace.
    public var any: Bool?
    /// Only these namespaces.
    public var matchNames: [String]

    /// A selector from its parts.
    public init(any: Bool? = nil, matchNames: [String] = []) {
        self.any = any
        self.matchNames = matchNames
    }

    /// Every namespace (`any: true`).
    public static let all = NamespaceSelector(any: true)

    /// Only the named namespaces.
    public static func names(_ names: String...) -> NamespaceSelector { NamespaceSelector(matchNames: names) }
}

extension LabelSelector: YAMLRepresentable {
    var yamlNode: Node { .fields(["matchExpressions": matchExpressions, "matchLabels": matchLabels]) }
}

extension LabelSelectorRequirement: YAMLRepresentable {
    var yamlNode: Node { .fields(["key": key, "operator": `operator`.rawValue, "values": values]) }
}

extension NamespaceSelector: YAMLRepresentable {
    var yamlNode: Node { .fields(["any": any, "matchNames": matchNames]) }
}
