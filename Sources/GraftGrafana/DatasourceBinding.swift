import Foundation
import GraftJSON
import GraftModel

/// How push chooses the datasource for each `__inputs` entry of type `datasource`.
///
/// In order: the uid given for the input's name; else, when a Prometheus URL is given, the
/// Prometheus datasource with that URL (created when there is none); else the only datasource of
/// the input's plugin type. Anything else stops the push before it writes.
public struct DatasourceChoices: Sendable, Hashable {
    /// Datasource uids by input name (`DS_PROMETHEUS` → `prom-main`).
    public var uids: [String: String]
    /// A Prometheus URL to bind `prometheus` inputs to, creating the datasource if needed.
    public var prometheusURL: String?
    /// The name of a datasource created for `prometheusURL`.
    public var prometheusName: String

    /// Choices from explicit uids and an optional Prometheus URL.
    public init(uids: [String: String] = [:], prometheusURL: String? = nil, prometheusName: String = "Prometheus") {
        self.uids = uids
        self.prometheusURL = prometheusURL
        self.prometheusName = prometheusName
    }
}

/// Values for a dashboard's `__inputs`, applied as Grafana's import applies them.
public struct DatasourceBinding: Sendable, Hashable {
    /// The value of each input by name: a datasource uid, or a constant's value.
    public var values: [String: String]

    /// A binding of input names to values.
    public init(values: [String: String]) { self.values = values }

    /// The dashboard ready to save, as Grafana's import makes it: every `${NAME}` of a bound
    /// input replaced in every string (panels, rows' panels, targets, variables, annotations,
    /// anywhere), `__inputs`, `__requires` and `__elements` dropped, `id` null, title trimmed.
    public func apply(to dashboard: DashboardModel) -> JSON {
        guard case .object(var object) = substitute(dashboard.jsonValue) else { return dashboard.jsonValue }
        for key in ["__inputs", "__requires", "__elements"] { object.removeValue(forKey: key) }
        object["id"] = .null
        if let title = object["title"]?.stringValue { object["title"] = .string(title.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return .object(object)
    }

    private func substitute(_ json: JSON) -> JSON {
        switch json {
        case .string(let text) where text.contains("${"): return .string(substitute(text))
        case .array(let elements): return .array(elements.map(substitute))
        case .object(let object): return .object(JSONObject(object.members.map { ($0.key, substitute($0.value)) }))
        default: return json
        }
    }

    /// `text` with each `${NAME}` of a bound input replaced; other `${...}` (variables) kept.
    private func substitute(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = String(rest[open.upperBound..<close])
            result += values[name] ?? String(rest[open.lowerBound...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
