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
        var model = dashboard.importing(values)
        model.requires = nil
        model.elements = nil
        model.id = .null
        model.title = model.title?.trimmingCharacters(in: .whitespacesAndNewlines)
        return model.jsonValue
    }
}
