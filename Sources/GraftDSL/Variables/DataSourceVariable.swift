import GraftJSON
import GraftModel

/// A variable choosing among the datasources of one plugin type.
public struct DataSourceVariable: VariableComponent {
    public var model: VariableModel

    /// A variable `name` offering every datasource of plugin `pluginId`, as Grafana 11.3 exports it.
    public init(_ name: String, pluginId: String) {
        model = VariableModel(type: .datasource, name: name)
        model.current = [:]
        model.options = []
        model.query = .string(pluginId)
        model.refresh = VariableRefresh.onDashboardLoad.rawValue
        model.regex = ""
    }

    /// Offers only the datasources whose names match `regex`.
    public consuming func regex(_ regex: String) -> Self { configure { $0.regex = regex } }
}
