import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// A Prometheus query variable's query, read as Grafana's Prometheus datasource reads it.
enum VariableQuery: Sendable, Hashable {
    /// `label_values(label)` or `label_values(selector, label)`: the values of a label.
    case labelValues(selector: String?, label: String)
    /// `label_names()` or `label_names(selector)`: the label names.
    case labelNames(selector: String?)
    /// `metrics(regex)`: metric names matching a regex.
    case metrics(regex: String)
    /// `query_result(expr)`: one value per series of an instant query.
    case queryResult(expression: String)

    /// Grafana's patterns, in the order its datasource tries them.
    /// (NSRegularExpression is safe to share between threads once built.)
    nonisolated(unsafe) private static let patterns: [(NSRegularExpression, ([String?]) -> VariableQuery?)] = [
        (#"^label_names\(\)\s*$"#, { _ in .labelNames(selector: nil) }),
        (#"^label_names\((.+)\)\s*$"#, { .labelNames(selector: $0[0]) }),
        (#"^label_values\((?:(.+),\s*)?([a-zA-Z_$][a-zA-Z0-9_]*)\)\s*$"#, { groups in groups[1].map { .labelValues(selector: groups[0], label: $0) } }),
        (#"^metrics\((.+)\)\s*$"#, { groups in groups[0].map { .metrics(regex: $0) } }),
        (#"^query_result\((.+)\)\s*$"#, { groups in groups[0].map { .queryResult(expression: $0) } }),
    ].map { (try! NSRegularExpression(pattern: $0.0, options: [.dotMatchesLineSeparators]), $0.1) }

    /// The query text of a query variable: its `query` string, or the `query` member of its query object.
    static func text(of variable: VariableModel) -> String? {
        guard variable.type == .query else { return nil }
        switch variable.query {
        case .string(let text): return text
        case .object(let object): return object["query"]?.stringValue
        default: return nil
        }
    }

    /// The query `text` stands for, or `nil` when it is none of Grafana's variable functions.
    static func parse(_ text: String) -> VariableQuery? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        for (regex, make) in patterns {
            guard let match = regex.firstMatch(in: trimmed, range: range) else { continue }
            let groups = (1..<match.numberOfRanges).map { index -> String? in
                Range(match.range(at: index), in: trimmed).map { String(trimmed[$0]) }
            }
            return make(groups + [nil, nil])
        }
        return nil
    }

    /// The PromQL inside the query (the selector or expression), for the parser and the label checks.
    var promQL: String? {
        switch self {
        case .labelValues(let selector, _), .labelNames(let selector): return selector
        case .queryResult(let expression): return expression
        case .metrics: return nil
        }
    }
}
