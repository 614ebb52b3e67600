import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftPromQL

/// A problem a rule found in one query, before it is placed in a dashboard.
struct QueryProblem: Sendable, Hashable {
    var severity: LintSeverity
    var rule: LintRule
    var message: String
}

/// Checks the labels a query uses against what its series carry: the metric family's labels (from
/// the catalog's table) and the labels the catalog's monitors attach.
///
/// Selectors' matchers, `by`/`without` lists, `on`/`ignoring`/`group_*` lists and `label_replace`/
/// `label_join` source labels are checked against the labels of the part of the query they apply to
/// (an aggregation `by (x)` keeps only `x`; `label_replace` adds its destination; `histogram_quantile`
/// drops `le`). A metric the table does not list has unknown labels: what depends on it is not checked.
struct LabelRules: Sendable {
    /// The catalog's metric table.
    var metrics: MetricFamilies
    /// The labels the catalog's monitors attach.
    var attached: Set<String>

    /// The problems of `expression`.
    func check(_ expression: PromQLExpression) -> [QueryProblem] {
        guard !metrics.families.isEmpty else { return [] }
        var problems: [QueryProblem] = []
        var reportedMetrics: Set<String> = []
        visit(expression, &problems, &reportedMetrics)
        return problems
    }

    /// The labels the series of `expression` carry; `nil` when they depend on a metric the table does not list.
    func labels(of expression: PromQLExpression) -> Set<String>? {
        switch expression {
        case .number, .string:
            return []
        case .selector(let selector):
            guard let metric = selector.metric, let family = metrics.family(ofSeries: metric) else { return nil }
            return family.labels.union(attached)
        case .call(let name, let arguments):
            switch name {
            case "label_replace", "label_join":
                guard let inner = labels(of: arguments.first ?? .number) else { return nil }
                guard arguments.count > 1, case .string(let destination) = arguments[1] else { return inner }
                return inner.union([destination])
            case "histogram_quantile":
                return labels(of: arguments.last ?? .number).map { $0.subtracting(["le"]) }
            case "vector", "time", "scalar", "pi", "absent", "absent_over_time":
                return []
            default:
                return union(arguments.map(labels(of:)))
            }
        case .aggregation(let name, let grouping, let arguments):
            guard let inner = labels(of: arguments.last ?? .number) else { return nil }
            if ["topk", "bottomk", "limitk", "limit_ratio"].contains(name) { return inner }
            var result: Set<String>
            if let grouping { result = grouping.without ? inner.subtracting(grouping.labels) : Set(grouping.labels) } else { result = [] }
            if name == "count_values", case .string(let label) = arguments.first { result.insert(label) }
            return result
        case .binary(_, let left, let right, _):
            return union([labels(of: left), labels(of: right)])
        case .wrapped(let inner):
            return labels(of: inner)
        }
    }

    private func union(_ sets: [Set<String>?]) -> Set<String>? {
        var result: Set<String> = []
        for set in sets {
            guard let set else { return nil }
            result.formUnion(set)
        }
        return result
    }

    private func visit(_ expression: PromQLExpression, _ problems: inout [QueryProblem], _ reportedMetrics: inout Set<String>) {
        switch expression {
        case .number, .string:
            break
        case .selector(let selector):
            checkSelector(selector, &problems, &reportedMetrics)
        case .call(let name, let arguments):
            arguments.forEach { visit($0, &problems, &reportedMetrics) }
            checkLabelFunction(name, arguments, &problems)
        case .aggregation(let name, let grouping, let arguments):
            arguments.forEach { visit($0, &problems, &reportedMetrics) }
            if let grouping, let inner = labels(of: arguments.last ?? .number) {
                for label in grouping.labels where !inner.contains(label) {
                    problems.append(unknownLabel("\(name) \(grouping.without ? "without" : "by") (\(label)): no series it aggregates carries \"\(label)\" (they carry \(listed(inner)))"))
                }
            }
        case .binary(let op, let left, let right, let matching):
            visit(left, &problems, &reportedMetrics)
            visit(right, &problems, &reportedMetrics)
            if let matching, let both = union([labels(of: left), labels(of: right)]) {
                for label in matching.matchingLabels + matching.includedLabels where !both.contains(label) {
                    problems.append(unknownLabel("\(op) \(matching.ignoring ? "ignoring" : "on")/group (\(label)): neither side carries \"\(label)\""))
                }
            }
        case .wrapped(let inner):
            visit(inner, &problems, &reportedMetrics)
        }
    }

    private func checkSelector(_ selector: VectorSelector, _ problems: inout [QueryProblem], _ reportedMetrics: inout Set<String>) {
        guard let metric = selector.metric, !metric.contains(PromQLStandIns.marker) else { return }
        guard let family = metrics.family(ofSeries: metric) else {
            if reportedMetrics.insert(metric).inserted {
                problems.append(QueryProblem(severity: .warning, rule: .unknownMetric,
                                             message: "metric \(metric) is not in the catalog's metric table, so its labels are not checked"))
            }
            return
        }
        for matcher in selector.matchers where matcher.label != "__name__" && !family.labels.contains(matcher.label) && !attached.contains(matcher.label) {
            problems.append(unknownLabel("\(metric){\(matcher.label)\(matcher.op)…}: \(family.family.name) carries \(listed(family.labels)), and the catalog's monitors attach \(listed(attached)); \"\(matcher.label)\" is neither"))
        }
    }

    /// `label_replace(v, dst, replacement, src, regex)` and `label_join(v, dst, separator, src...)`:
    /// the source labels must be carried by `v`; a `label_replace` regex must match some known shape of the source's values.
    private func checkLabelFunction(_ name: String, _ arguments: [PromQLExpression], _ problems: inout [QueryProblem]) {
        guard name == "label_replace" || name == "label_join", let vector = arguments.first, let inner = labels(of: vector) else { return }
        let sources = arguments.dropFirst(3).prefix(name == "label_replace" ? 1 : arguments.count)
        for case .string(let source) in sources where !source.isEmpty && !inner.contains(source) {
            problems.append(unknownLabel("\(name)(…, \"\(source)\", …): no series it relabels carries \"\(source)\" (they carry \(listed(inner)))"))
        }
        guard name == "label_replace", arguments.count == 5, case .string(let destination) = arguments[1],
              case .string(let source) = arguments[3], case .string(let pattern) = arguments[4],
              !pattern.contains(PromQLStandIns.marker), let regex = AnchoredRegex(pattern) else { return }
        let shapes = valueShapes(of: source, in: vector)
        guard !shapes.isEmpty, !shapes.contains(where: regex.matches) else { return }
        problems.append(QueryProblem(severity: .warning, rule: .labelReplaceNoMatch,
                                     message: "label_replace regex \"\(pattern)\" matches none of the known shapes of \(source) (\(shapes.sorted().joined(separator: ", "))), so \(destination) is never set"))
    }

    /// Example values of `label` the series of `expression` may have: the declared shapes of each
    /// selector's family, less those the selector's own matchers on that label exclude.
    private func valueShapes(of label: String, in expression: PromQLExpression) -> Set<String> {
        var shapes: Set<String> = []
        for selector in expression.selectors {
            guard let metric = selector.metric, let family = metrics.family(ofSeries: metric)?.family,
                  let examples = family.valueShapes[label] else { continue }
            let matchers = selector.matchers.filter { $0.label == label && !$0.value.contains(PromQLStandIns.marker) }
            shapes.formUnion(examples.filter { example in matchers.allSatisfy { $0.accepts(example) ?? true } })
        }
        return shapes
    }

    private func unknownLabel(_ message: String) -> QueryProblem { QueryProblem(severity: .error, rule: .unknownLabel, message: message) }

    private func listed<S: Sequence<String>>(_ labels: S) -> String {
        let sorted = labels.sorted()
        return sorted.isEmpty ? "no labels" : sorted.joined(separator: ", ")
    }
}
