import Foundation
import GraftJSON
import GraftModel

/// How push chooses the datasource for each `__inputs` entry of type `datasource`.
///
/// In order: the uid given for the input's name; else, when a URL is given for the input's plugin
/// (Prometheus, Loki), the datasource of that plugin with that URL (created when there is none); else the
/// only datasource of the input's plugin type. Anything else stops the push before it writes.
public struct DatasourceChoices: Sendable, Hashable {
    /// A datasource to bind a plugin's inputs to, found by its URL or created with `name`.
    public struct ByURL: Sendable, Hashable {
        /// Where the datasource reads.
        public var url: String
        /// The name a datasource created for it gets.
        public var name: String

        /// A datasource at `url`, named `name` when created.
        public init(url: String, name: String) {
            self.url = url
            self.name = name
        }
    }

    /// Datasource uids by input name (`DS_PROMETHEUS` → `prom-main`).
    public var uids: [String: String]
    /// The datasource to bind each plugin's inputs to, by plugin id (`prometheus`, `loki`).
    public var byURL: [String: ByURL]

    /// Choices from explicit uids and, per plugin id, a datasource URL (and name) to bind its inputs to.
    public init(uids: [String: String] = [:], byURL: [String: ByURL] = [:]) {
        self.uids = uids
        self.byURL = byURL
    }

    /// Choices from explicit uids and optional Prometheus and Loki URLs.
    public init(uids: [String: String] = [:], prometheusURL: String? = nil, lokiURL: String? = nil,
                prometheusName: String = "Prometheus", lokiName: String = "Loki") {
        var byURL: [String: ByURL] = [:]
        byURL["prometheus"] = prometheusURL.map { ByURL(url: $0, name: prometheusName) }
        byURL["loki"] = lokiURL.map { ByURL(url: $0, name: lokiName) }
        self.init(uids: uids, byURL: byURL)
    }

    /// The Prometheus URL given, if any.
    public var prometheusURL: String? { byURL["prometheus"]?.url }
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
