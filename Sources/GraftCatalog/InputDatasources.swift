import GraftDSL
import GraftMonitoring

extension ProvisionedDatasource {
    /// `provided`, then one datasource for each other plugin the dashboards' inputs (`__inputs`)
    /// ask for, named as the plugin, its uid the plugin id, at `http://<plugin>.monitoring.svc`
    /// until set to where it runs: what a package of imported dashboards starts from.
    public static func adding(inputsOf dashboards: [Dashboard], to provided: [ProvisionedDatasource]) -> [ProvisionedDatasource] {
        var names: [String: String] = [:]
        for input in dashboards.flatMap(\.inputs) where names[input.pluginId] == nil { names[input.pluginId] = input.pluginName }
        let provides = Set(provided.map(\.type))
        var result = provided
        for plugin in names.keys.sorted() where !provides.contains(plugin) {
            result.append(ProvisionedDatasource(name: names[plugin]!, type: plugin, uid: plugin, url: "http://\(plugin).monitoring.svc"))
        }
        return result
    }
}
