import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftPromQL

/// A dashboard variable's value for `graft verify`, and where it came from.
public struct ResolvedVariable: Sendable, Hashable {
    /// The variable's name.
    public var name: String
    /// The values Grafana would offer, after the variable's regex and sort.
    public var options: [String]
    /// The value queries use (the first option, `--var`, or "All"); `nil` when there is none.
    public var value: String?
    /// What was asked (`label_values(envoy_server_live, higress)`, `--var`).
    public var source: String
    /// Why it could not be resolved.
    public var error: String?
}

/// Resolves a dashboard's variables the way Grafana does when the dashboard opens: in order, each
/// query variable asking Prometheus (`label_values(metric, label)` → `/api/v1/label/<label>/values?match[]=metric`,
/// `label_values(label)`, `label_names()`, `metrics(regex)`, `query_result(expr)`), with earlier
/// variables substituted; then the variable's regex (a capture group extracts) and sort; then the
/// value: the saved current one when it is still offered, "All" when offered and chosen or nothing
/// is saved, else the first option. `--var name=value` wins over all of that.
struct VariableResolver: Sendable {
    var client: PrometheusClient
    var start: Date
    var end: Date
    var overrides: [String: String]

    /// The variables of `dashboard`, and the values queries use, by name.
    func resolve(_ dashboard: DashboardModel, builtIns: [String: String]) async throws(PrometheusError) -> [ResolvedVariable] {
        var resolved: [ResolvedVariable] = []
        var values = builtIns
        for variable in dashboard.variables ?? [] {
            var result: ResolvedVariable
            if let override = overrides[variable.name] {
                result = ResolvedVariable(name: variable.name, options: [override], value: override, source: "--var")
            } else {
                result = try await options(of: variable, values: values)
                if result.error == nil { result.value = choose(variable, result.options) }
                if result.error == nil, result.value == nil, [.query, .custom, .interval].contains(variable.type) {
                    result.error = "no values to choose from"
                }
            }
            if let value = result.value { values[variable.name] = value }
            resolved.append(result)
        }
        return resolved
    }

    /// The options of `variable`, before choosing a value.
    private func options(of variable: VariableModel, values: [String: String]) async throws(PrometheusError) -> ResolvedVariable {
        var result = ResolvedVariable(name: variable.name, options: [], value: nil, source: variable.type.rawValue)
        let queryText: String? = variable.query?.stringValue ?? variable.query?["query"]?.stringValue
        switch variable.type {
        case .query:
            guard let text = VariableQuery.text(of: variable) else { return result }
            let interpolated = Interpolation.apply(values, to: text)
            result.source = interpolated
            guard let query = VariableQuery.parse(interpolated) else {
                result.error = "not one of Grafana's Prometheus variable queries (label_values, label_names, metrics, query_result)"
                return result
            }
            do {
                result.options = try await fetch(query)
            } catch let error where !error.unreachable {
                result.error = error.description
                return result
            }
        case .custom, .interval:
            let saved = (variable.options ?? []).compactMap { $0["value"]?.stringValue }
            result.options = !saved.isEmpty ? saved : (queryText ?? "").split(separator: ",").map {
                let entry = $0.trimmingCharacters(in: .whitespaces)
                // `text : value` entries of custom variables.
                return entry.components(separatedBy: " : ").last ?? entry
            }
        case .constant, .textbox:
            result.options = [variable.current?["value"]?.stringValue ?? queryText ?? ""]
        default:
            // Datasource and ad hoc variables do not appear in query text.
            return result
        }
        result.options = Self.filtered(result.options, regex: variable.regex, sort: variable.sort ?? 0)
        return result
    }

    private func fetch(_ query: VariableQuery) async throws(PrometheusError) -> [String] {
        switch query {
        case .labelValues(let selector, let label):
            return try await client.labelValues(label, match: selector, start: start, end: end)
        case .labelNames(let selector):
            return try await client.labelNames(match: selector, start: start, end: end)
        case .metrics(let pattern):
            let names = try await client.labelValues("__name__", match: nil, start: start, end: end)
            return Self.filtered(names, regex: pattern, sort: 0)
        case .queryResult(let expression):
            // Grafana's text for each series: `name{label="value",...} value`.
            return try await client.instant(expression, at: end).samples.map { sample in
                var labels = sample.labels
                let name = labels.removeValue(forKey: "__name__") ?? ""
                return name + "{" + labels.keys.sorted().map { "\($0)=\"\(labels[$0]!)\"" }.joined(separator: ",") + "} " + sample.value
            }
        }
    }

    /// The value Grafana would select among `options`.
    private func choose(_ variable: VariableModel, _ options: [String]) -> String? {
        let saved = variable.current?["value"]
        let savedValue = saved?.stringValue ?? saved?.arrayValue?.first?.stringValue
        if variable.includeAll == true, savedValue == nil || savedValue == "$__all" {
            if let allValue = variable.allValue, !allValue.isEmpty { return allValue }
            let escaped = options.map(Self.regexEscaped)
            return escaped.count == 1 ? escaped[0] : "(" + escaped.joined(separator: "|") + ")"
        }
        if let savedValue, options.contains(savedValue) { return savedValue }
        return options.first
    }

    /// `values` through a variable's regex (`/pattern/flags`; the first capture group, or the named
    /// group `value`, is kept; values it does not match are dropped), without duplicates, sorted as `sort` says.
    static func filtered(_ values: [String], regex: String?, sort: Int) -> [String] {
        var result = values
        if let regex, !regex.isEmpty, let (pattern, flags) = javaScriptRegex(regex),
           let compiled = try? NSRegularExpression(pattern: pattern, options: flags.contains("i") ? [.caseInsensitive] : []) {
            result = values.compactMap { value in
                let range = NSRange(value.startIndex..., in: value)
                guard let match = compiled.firstMatch(in: value, range: range) else { return nil }
                let named = match.range(withName: "value")
                let group = named.location != NSNotFound ? named : (match.numberOfRanges > 1 ? match.range(at: 1) : match.range)
                return Range(group, in: value).map { String(value[$0]) } ?? ""
            }
        }
        var seen: Set<String> = []
        result = result.filter { seen.insert($0).inserted }
        switch sort {
        case 1: result.sort()
        case 2: result.sort(by: >)
        case 3, 7: result.sort { (Double($0) ?? .infinity) < (Double($1) ?? .infinity) }
        case 4, 8: result.sort { (Double($0) ?? -.infinity) > (Double($1) ?? -.infinity) }
        case 5: result.sort { $0.lowercased() < $1.lowercased() }
        case 6: result.sort { $0.lowercased() > $1.lowercased() }
        default: break
        }
        return result
    }

    /// `/pattern/flags` as pattern and flags; a regex without slashes is the pattern itself.
    private static func javaScriptRegex(_ text: String) -> (String, String)? {
        guard text.hasPrefix("/"), let close = text.lastIndex(of: "/"), close > text.startIndex else { return (text, "") }
        return (String(text[text.index(after: text.startIndex)..<close]), String(text[text.index(after: close)...]))
    }

    /// A value escaped for a Prometheus regex, as Grafana escapes multi-value selections.
    private static func regexEscaped(_ value: String) -> String {
        var result = ""
        for character in value {
            if "\\^$*+?.()|{}[]".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

/// Grafana's replacement of variables in text: each `$name`, `${name}`, `${name:format}`, `[[name]]`
/// with a known value is replaced by it; unknown ones are left as they are, as Grafana leaves them.
enum Interpolation {
    static func apply(_ values: [String: String], to text: String) -> String {
        VariableReference.substitute(in: text) { reference, _ in values[reference.name] }
    }
}
