import Graft

/// Everything this package delivers: the dashboards (those `graft import --into` added too) and
/// the monitors that feed them. `make run` renders it into dashboards/ and manifests/.
public let catalog = Catalog("{{PACKAGE_NAME}}", delivery: DeliverySettings(datasources: datasources)) {
    exampleDashboard
    for dashboard in importedDashboards { dashboard }
    exampleMonitor
}

/// The datasources Grafana is provisioned with: Prometheus, and one for each other datasource
/// plugin the dashboards ask for (`__inputs`); set their URLs to where those datasources run.
let datasources: [ProvisionedDatasource] = [.prometheus()] + Dictionary(
    ([exampleDashboard] + importedDashboards).flatMap(\.inputs).map { ($0.pluginId, $0.pluginName) }, uniquingKeysWith: { first, _ in first }
).filter { $0.key != "prometheus" }.sorted { $0.key < $1.key }.map { plugin, name in
    ProvisionedDatasource(name: name, type: plugin, uid: plugin, url: "http://\(plugin).monitoring.svc")
}
