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
let datasources: [ProvisionedDatasource] = [.prometheus()]
    + Set(([exampleDashboard] + importedDashboards).flatMap(\.inputs).map(\.pluginId)).subtracting(["prometheus"]).sorted().map {
        ProvisionedDatasource(name: $0, type: $0, uid: $0, url: "http://\($0).monitoring.svc")
    }
