import GraftModel

/// A datasource the dashboard asks for when imported (`__inputs`), referred to as `${NAME}`.
public struct DataSourceInput: Sendable, Hashable {
    /// The input's name, e.g. `DS_PROMETHEUS`.
    public var name: String
    /// The label the import dialog shows.
    public var label: String
    /// The datasource plugin id.
    public var pluginId: String
    /// The plugin's display name.
    public var pluginName: String
    /// The plugin version `__requires` lists.
    public var pluginVersion: String

    /// An input for a datasource of plugin `pluginId`, named as Grafana's exporter names it
    /// (`DS_` and the label upper-cased, its first space made `_`) unless `name` is given.
    public init(label: String, pluginId: String, pluginName: String, pluginVersion: String = "1.0.0", name: String? = nil) {
        self.name = name ?? DataSourceInput.exportName(label: label)
        self.label = label
        self.pluginId = pluginId
        self.pluginName = pluginName
        self.pluginVersion = pluginVersion
    }

    /// A Prometheus datasource input.
    public static func prometheus(_ label: String = "Prometheus", name: String? = nil) -> DataSourceInput {
        DataSourceInput(label: label, pluginId: "prometheus", pluginName: "Prometheus", name: name)
    }

    /// A Loki datasource input.
    public static func loki(_ label: String = "Loki", name: String? = nil) -> DataSourceInput {
        DataSourceInput(label: label, pluginId: "loki", pluginName: "Loki", name: name)
    }

    /// `DS_` + the label with its first space replaced (JavaScript's `replace(' ', '_')`), upper-cased.
    static func exportName(label: String) -> String {
        var name = label
        if let space = name.firstIndex(of: " ") { name.replaceSubrange(space...space, with: "_") }
        return "DS_" + name.uppercased()
    }

    /// The reference panels and queries use: `{"type": pluginId, "uid": "${NAME}"}`.
    public var reference: DataSourceRef { .input(name, type: pluginId) }

    /// The `__inputs` entry.
    public var exportEntry: DashboardInput {
        DashboardInput(datasource: name, label: label, pluginId: pluginId, pluginName: pluginName)
    }
}
