extension PromQLExpression {
    /// The labels every series of the result is meant to carry, because the query itself puts them
    /// there: the labels of an outer `by (...)` (less those of a `without (...)`), the destination of
    /// `label_replace`/`label_join`, the label of `count_values`, kept through `topk`, functions and
    /// binary operations (one-to-one: the left side's; `group_left`/`group_right`: that side's and the
    /// labels copied; `or`: those both sides promise). A selector promises nothing: its series carry
    /// whatever they were scraped with. `graft verify` checks that each of these is present and not empty.
    public var promisedLabels: Set<String> {
        switch self {
        case .number, .string, .selector:
            return []
        case .wrapped(let inner):
            return inner.promisedLabels
        case .call(let name, let arguments):
            switch name {
            case "label_replace", "label_join":
                guard let vector = arguments.first else { return [] }
                guard arguments.count > 1, case .string(let destination) = arguments[1], !destination.isEmpty else { return vector.promisedLabels }
                return vector.promisedLabels.union([destination])
            case "histogram_quantile":
                return (arguments.last?.promisedLabels ?? []).subtracting(["le"])
            case "vector", "time", "scalar", "pi", "absent", "absent_over_time":
                return []
            default:
                return arguments.reduce(into: Set<String>()) { $0.formUnion($1.promisedLabels) }
            }
        case .aggregation(let name, let grouping, let arguments):
            let inner = arguments.last?.promisedLabels ?? []
            if ["topk", "bottomk", "limitk", "limit_ratio"].contains(name) { return inner }
            var result: Set<String>
            if let grouping { result = grouping.without ? inner.subtracting(grouping.labels) : Set(grouping.labels) } else { result = [] }
            if name == "count_values", case .string(let label) = arguments.first { result.insert(label) }
            return result
        case .binary(let op, let left, let right, let matching):
            if left.isScalar { return right.promisedLabels }
            if right.isScalar { return left.promisedLabels }
            if op == "or" { return left.promisedLabels.intersection(right.promisedLabels) }
            let included = Set(matching?.includedLabels ?? [])
            return (matching?.groupsRight == true ? right.promisedLabels : left.promisedLabels).union(included)
        }
    }

    /// Whether the expression is a scalar (a number, `scalar(...)`, `time()`), so a binary operation keeps the other side's labels.
    var isScalar: Bool {
        switch self {
        case .number: return true
        case .wrapped(let inner): return inner.isScalar
        case .call(let name, _): return ["scalar", "time", "pi"].contains(name)
        case .binary(_, let left, let right, _): return left.isScalar && right.isScalar
        default: return false
        }
    }
}
