/// A PromQL expression as graft reads it: enough structure to know which labels each part
/// matches on and carries. (Whether it is valid PromQL is promtool's call, not this reader's.)
public indirect enum PromQLExpression: Sendable, Hashable {
    /// A number literal.
    case number
    /// A string literal.
    case string(String)
    /// `name{matchers}`, with or without a range, offset or `@`.
    case selector(VectorSelector)
    /// A function call (`rate(x[5m])`, `label_replace(...)`).
    case call(String, [PromQLExpression])
    /// An aggregation (`sum by (le) (x)`, `topk(10, x)`): its parameters, then the aggregated vector last.
    case aggregation(String, grouping: LabelGrouping?, arguments: [PromQLExpression])
    /// A binary operation, with its `on`/`ignoring` and `group_left`/`group_right` labels.
    case binary(String, PromQLExpression, PromQLExpression, matching: VectorMatching?)
    /// A unary `-` or `+`, parentheses, or a subquery: the inner expression.
    case wrapped(PromQLExpression)

    /// Every vector selector in the expression, left to right.
    public var selectors: [VectorSelector] {
        switch self {
        case .number, .string: return []
        case .selector(let selector): return [selector]
        case .call(_, let arguments), .aggregation(_, _, let arguments): return arguments.flatMap(\.selectors)
        case .binary(_, let left, let right, _): return left.selectors + right.selectors
        case .wrapped(let inner): return inner.selectors
        }
    }
}

/// A vector selector: the metric name (when given) and the label matchers.
public struct VectorSelector: Sendable, Hashable {
    /// The metric name, or `nil` for `{__name__=~"..."}`-style selectors.
    public var metric: String?
    /// The label matchers, in order (a `__name__` matcher included).
    public var matchers: [LabelMatcher]
}

/// One label matcher: `label op "value"`.
public struct LabelMatcher: Sendable, Hashable {
    /// The label.
    public var label: String
    /// `=`, `!=`, `=~` or `!~`.
    public var op: String
    /// The decoded value.
    public var value: String

    /// Whether `candidate` satisfies this matcher, or `nil` when the regex cannot be evaluated here.
    public func accepts(_ candidate: String) -> Bool? {
        switch op {
        case "=": return candidate == value
        case "!=": return candidate != value
        default:
            guard let matched = AnchoredRegex(value)?.matches(candidate) else { return nil }
            return op == "=~" ? matched : !matched
        }
    }
}

/// `by (labels)` or `without (labels)` of an aggregation.
public struct LabelGrouping: Sendable, Hashable {
    /// Whether the labels are removed (`without`) rather than kept (`by`).
    public var without: Bool
    /// The labels.
    public var labels: [String]
}

/// `on (labels)` or `ignoring (labels)`, and `group_left (labels)` / `group_right (labels)`, of a binary operation.
public struct VectorMatching: Sendable, Hashable {
    /// The labels of `on` (or `ignoring`).
    public var matchingLabels: [String]
    /// Whether they are ignored rather than matched on.
    public var ignoring: Bool
    /// The labels `group_left`/`group_right` copy from the "one" side.
    public var includedLabels: [String]
    /// Whether it is `group_right` (the right side is the "many" side, whose labels the result keeps).
    public var groupsRight = false
}
