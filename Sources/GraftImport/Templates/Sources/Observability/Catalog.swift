import Graft

// Every declaration here and in the other files has its type written out, and the dashboards are
// computed properties: after an edit the compiler then type-checks only the file that changed.

/// Everything this package delivers: the dashboards (those `graft import --into` added too) and
/// the monitors that feed them. `make run` renders it into dashboards/ and manifests/.
public let catalog: Catalog = Catalog("{{PACKAGE_NAME}}", delivery: DeliverySettings(datasources: datasources)) {
    for dashboard in dashboards { dashboard }
    exampleMonitor
}

/// The dashboards: the example, then those `graft import --into` added.
let dashboards: [Dashboard] = [exampleDashboard] + importedDashboards

/// The datasources Grafana is provisioned with: Prometheus, and one for each other datasource
/// plugin the dashboards ask for (`__inputs`); set their URLs to where those datasources run.
var datasources: [ProvisionedDatasource] {
    ProvisionedDatasource.adding(inputsOf: dashboards, to: [.prometheus()])
}
