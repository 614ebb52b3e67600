import GraftModel
import Yams

/// Where each manifest goes inside `manifests/`:
///
/// ```
/// monitors/<name>.podmonitor.yaml            one per PodMonitor, ServiceMonitor (.servicemonitor), PrometheusRule (.prometheusrule)
/// sidecar/<stem>.configmap.yaml              one ConfigMap per dashboard, for the Grafana sidecar
/// grafana-operator/<stem>.grafanadashboard.yaml   one GrafanaDashboard per dashboard
/// grafana-operator/folder-<uid>.grafanafolder.yaml   one GrafanaFolder per folder
/// provisioning/dashboards.yaml               Grafana file provisioning: dashboard providers
/// provisioning/dashboards/<stem>.json        the dashboards as provisioning loads them (datasource inputs bound)
/// provisioning/datasources.yaml              Grafana file provisioning: datasources
/// grafana-operator/<uid>.grafanadatasource.yaml   the same datasources as grafana-operator CRs
/// prometheus/scrape-configs.yaml             the PodMonitors as plain scrape configs (for `scrape_config_files`)
/// prometheus/<name>.rules.yaml               each PrometheusRule as a plain rule file (for `rule_files`)
/// grafana/grafana.ini, grafana/helm-values.yaml   what Grafana's own configuration must allow, when anything
/// <folder>/<name>.<kind>.yaml                any other Kubernetes resource of the catalog (a WasmPlugin...)
/// ```
///
/// `kubectl apply -f manifests/monitors` applies the monitors; pick one of `sidecar/` and `grafana-operator/`
/// for the dashboards; `provisioning/` goes to Grafana's provisioning folders; `prometheus/` to a Prometheus;
/// `grafana/` into Grafana's configuration.
public enum ManifestLayout {
    /// The folder of the monitors.
    public static let monitors = "monitors"
    /// The folder of the sidecar ConfigMaps.
    public static let sidecar = "sidecar"
    /// The folder of the grafana-operator CRs.
    public static let grafanaOperator = "grafana-operator"
    /// Grafana's dashboard providers file.
    public static let dashboardProviders = "provisioning/dashboards.yaml"
    /// Grafana's datasources file.
    public static let datasources = "provisioning/datasources.yaml"
    /// The plain Prometheus scrape configs.
    public static let scrapeConfigs = "prometheus/scrape-configs.yaml"
    /// The `grafana.ini` fragment.
    public static let grafanaINI = "grafana/grafana.ini"
    /// The same settings as Grafana Helm chart values.
    public static let grafanaHelmValues = "grafana/helm-values.yaml"

    /// The path of a PrometheusRule's plain rule file.
    public static func ruleFile(_ rule: PrometheusRule) -> String { "prometheus/\(rule.metadata.name).rules.yaml" }
    /// The path of a datasource's GrafanaDatasource.
    public static func grafanaDatasourcePath(_ datasource: ProvisionedDatasource) -> String {
        "\(grafanaOperator)/\(DashboardDelivery.datasourceResourceName(datasource.uid)).grafanadatasource.yaml"
    }

    /// The path of a monitor's file.
    public static func path(of monitor: Monitor) -> String { "\(monitors)/\(monitor.metadata.name).\(monitor.kind.lowercased()).yaml" }
    /// The path of a dashboard's JSON for file provisioning.
    public static func provisionedDashboardPath(_ stem: String) -> String { "provisioning/dashboards/\(stem).json" }
    /// The path of a dashboard's sidecar ConfigMap.
    public static func configMapPath(_ stem: String) -> String { "\(sidecar)/\(stem).configmap.yaml" }
    /// The path of a dashboard's GrafanaDashboard.
    public static func grafanaDashboardPath(_ stem: String) -> String { "\(grafanaOperator)/\(stem).grafanadashboard.yaml" }
    /// The path of a folder's GrafanaFolder.
    public static func grafanaFolderPath(_ resourceName: String) -> String { "\(grafanaOperator)/\(resourceName).grafanafolder.yaml" }
}

/// Every manifest: the monitors (one YAML each), per dashboard a sidecar ConfigMap and a GrafanaDashboard
/// (with GrafanaFolders and GrafanaDatasources), Grafana's provisioning files, the PodMonitors as plain
/// scrape configs and the PrometheusRules as plain rule files, Grafana's own settings when there are any,
/// and the other `resources`; sorted by path, the same bytes for the same input. Validates everything first
/// and throws the first `ManifestError` (in path order) before producing anything; `manifestProblems` lists them all.
public func renderManifests(monitors: [Monitor], dashboards: [DashboardArtifact], settings: DeliverySettings = DeliverySettings(),
                            resources: [KubernetesResource] = []) throws -> [ManifestFile] {
    let delivery = DashboardDelivery(dashboards: dashboards, settings: settings)
    if let problem = manifestProblems(monitors: monitors, delivery: delivery, resources: resources).first { throw problem }
    var documents: [(String, Node)] = monitors.map { (ManifestLayout.path(of: $0), $0.yamlNode) }
    for case .prometheusRule(let rule) in monitors { documents.append((ManifestLayout.ruleFile(rule), rule.ruleFileNode)) }
    documents += resources.map { ($0.path, $0.yamlNode) }
    for datasource in settings.datasources {
        documents.append((ManifestLayout.grafanaDatasourcePath(datasource), delivery.grafanaDatasource(datasource)))
    }
    if !settings.grafana.isEmpty { documents.append((ManifestLayout.grafanaHelmValues, settings.grafana.helmValuesNode)) }
    for dashboard in dashboards {
        documents.append((ManifestLayout.configMapPath(dashboard.fileStem), delivery.configMap(dashboard)))
        documents.append((ManifestLayout.grafanaDashboardPath(dashboard.fileStem), delivery.grafanaDashboard(dashboard)))
    }
    for (folder, parent) in delivery.folders {
        documents.append((ManifestLayout.grafanaFolderPath(DashboardDelivery.folderResourceName(folder.uid)), delivery.grafanaFolder(folder, parent: parent)))
    }
    documents.append((ManifestLayout.dashboardProviders, delivery.dashboardProviders))
    documents.append((ManifestLayout.datasources, delivery.datasourceProvisioning))
    let scrapeConfigs = monitors.flatMap { monitor -> [ScrapeConfig] in
        if case .podMonitor(let podMonitor) = monitor { return podMonitor.scrapeConfigs() }
        return []
    }
    documents.append((ManifestLayout.scrapeConfigs, ScrapeConfigFile(scrapeConfigs: scrapeConfigs).yamlNode))
    var files = try documents.map { ManifestFile(path: $0.0, bytes: try YAMLText.bytes($0.1)) }
    files += dashboards.map { ManifestFile(path: ManifestLayout.provisionedDashboardPath($0.fileStem), bytes: delivery.importedJSON($0)) }
    if !settings.grafana.isEmpty { files.append(ManifestFile(path: ManifestLayout.grafanaINI, bytes: settings.grafana.iniFragment())) }
    return delivery.markingServerSide(files).sorted { $0.path < $1.path }
}

/// Every problem `renderManifests` would refuse, in path order (empty when it would render).
public func manifestProblems(monitors: [Monitor], dashboards: [DashboardArtifact], settings: DeliverySettings = DeliverySettings(),
                             resources: [KubernetesResource] = []) -> [ManifestError] {
    manifestProblems(monitors: monitors, delivery: DashboardDelivery(dashboards: dashboards, settings: settings), resources: resources)
}

private func manifestProblems(monitors: [Monitor], delivery: DashboardDelivery, resources: [KubernetesResource]) -> [ManifestError] {
    var problems: [ManifestError] = []
    var resourcePaths = Set<String>()
    for resource in resources {
        problems += resource.problems()
        if !resourcePaths.insert(resource.path).inserted {
            problems.append(ManifestError(file: "manifests/" + resource.path, object: "\(resource.kind) \(resource.metadata.qualifiedName)",
                                          field: "metadata.name", problem: "another \(resource.kind) is already named \"\(resource.metadata.name)\""))
        }
    }
    var monitorPaths = Set<String>()
    for monitor in monitors {
        let path = ManifestLayout.path(of: monitor)
        let file = "manifests/" + path
        problems += monitor.problems(file: file)
        if !monitorPaths.insert(path).inserted {
            problems.append(ManifestError(file: file, object: "\(monitor.kind) \(monitor.metadata.qualifiedName)", field: "metadata.name",
                                          problem: "another \(monitor.kind) is already named \"\(monitor.metadata.name)\"; names must differ, as each is written to its own file"))
        }
    }
    problems += delivery.settingsProblems()
    problems += delivery.dashboardProblems()
    return problems.enumerated().sorted { ($0.element.file, $0.offset) < ($1.element.file, $1.offset) }.map(\.element)
}

extension DashboardDelivery {
    /// Problems of the settings, named by the file they would spoil.
    func settingsProblems() -> [ManifestError] {
        var sidecar = ObjectCheck(file: "manifests/\(ManifestLayout.sidecar)/", object: "DeliverySettings")
        sidecar.require(Names.isDNSLabel(settings.namespace), "namespace", "\"\(settings.namespace)\" is not a namespace name")
        sidecar.require(Names.isQualifiedName(settings.sidecarLabel), "sidecarLabel", "\"\(settings.sidecarLabel)\" is not a label key")
        sidecar.require(Names.isLabelValue(settings.sidecarLabelValue), "sidecarLabelValue", "\"\(settings.sidecarLabelValue)\" is not a label value")
        sidecar.require(Names.isQualifiedName(settings.sidecarFolderAnnotation), "sidecarFolderAnnotation",
                        "\"\(settings.sidecarFolderAnnotation)\" is not an annotation key")
        var operatorCheck = ObjectCheck(file: "manifests/\(ManifestLayout.grafanaOperator)/", object: "DeliverySettings")
        operatorCheck.labelMap(settings.operatorInstanceSelector.matchLabels, "operatorInstanceSelector.matchLabels")
        var datasources = ObjectCheck(file: "manifests/" + ManifestLayout.datasources, object: "DeliverySettings")
        var names = Set<String>(), uids = Set<String>()
        for (index, datasource) in settings.datasources.enumerated() {
            let field = "datasources[\(index)]"
            datasources.require(!datasource.name.isEmpty, "\(field).name", "a datasource needs a name")
            datasources.require(names.insert(datasource.name).inserted, "\(field).name", "another datasource is already named \"\(datasource.name)\"")
            datasources.require(Names.isGrafanaUID(datasource.uid), "\(field).uid", "\"\(datasource.uid)\" is not a Grafana uid (letters, digits, '-' and '_', at most 40)")
            datasources.require(uids.insert(datasource.uid).inserted, "\(field).uid", "another datasource already has uid \"\(datasource.uid)\"")
            datasources.require(!datasource.type.isEmpty, "\(field).type", "a datasource needs a plugin type")
            datasources.require(!datasource.url.isEmpty, "\(field).url", "a datasource needs a URL")
        }
        datasources.require(settings.datasources.filter(\.isDefault).count <= 1, "datasources", "at most one datasource can be the default")
        var providers = ObjectCheck(file: "manifests/" + ManifestLayout.dashboardProviders, object: "DeliverySettings")
        providers.require(settings.dashboardsPath.hasPrefix("/"), "dashboardsPath", "\"\(settings.dashboardsPath)\" must be an absolute path")
        providers.require(settings.orgId > 0, "orgId", "Grafana organisations are numbered from 1")
        return sidecar.errors + operatorCheck.errors + datasources.errors + providers.errors
    }

    /// Problems of the dashboards: names, uids, folders, datasource inputs, and objects too large to apply.
    func dashboardProblems() -> [ManifestError] {
        var problems: [ManifestError] = []
        var stems = Set<String>(), uids = Set<String>()
        for dashboard in dashboards {
            var artifact = ObjectCheck(file: dashboard.jsonPath, object: "dashboard \(dashboard.model.uid ?? dashboard.fileStem)")
            artifact.require(Names.isDNSLabel(dashboard.fileStem) && dashboard.fileStem.count <= 45, "fileStem",
                             "\"\(dashboard.fileStem)\" must be lowercase letters, digits and '-', at most 45, as it names the ConfigMap and CRs")
            artifact.require(stems.insert(dashboard.fileStem).inserted, "fileStem", "another dashboard is already written to \(dashboard.jsonPath)")
            if let uid = dashboard.model.uid, Names.isGrafanaUID(uid) {
                artifact.require(uids.insert(uid).inserted, "uid", "another dashboard already has uid \"\(uid)\"")
            } else {
                artifact.fail("uid", "a provisioned dashboard needs a uid (letters, digits, '-' and '_', at most 40), so every delivery form updates the same dashboard")
            }
            artifact.require(!(dashboard.model.title ?? "").isEmpty, "title", "a dashboard needs a title")
            artifact.require(String(validating: dashboard.json, as: UTF8.self) != nil, "json", "the bytes are not UTF-8 text")
            for (index, folder) in (dashboard.folder?.folders ?? []).enumerated() {
                artifact.require(Names.isGrafanaUID(folder.uid), "folder.folders[\(index)].uid", "\"\(folder.uid)\" is not a Grafana uid")
                artifact.require(!folder.title.isEmpty, "folder.folders[\(index)].title", "a folder needs a title")
            }
            problems += artifact.errors
            problems += sizeProblems(dashboard)
            var resource = ObjectCheck(file: "manifests/" + ManifestLayout.grafanaDashboardPath(dashboard.fileStem),
                                       object: "GrafanaDashboard \(settings.namespace)/\(dashboard.fileStem)")
            for (index, mapping) in datasourceMappings(dashboard).enumerated() where mapping.datasource == nil {
                resource.fail("spec.datasources[\(index)]", "the dashboard's input \(mapping.input) needs a \"\(mapping.plugin)\" datasource, and DeliverySettings.datasources has none")
            }
            problems += resource.errors
        }
        problems += folderProblems()
        return problems
    }

    /// A folder uid must mean one folder: one title, one parent, one CR name.
    private func folderProblems() -> [ManifestError] {
        var problems: [ManifestError] = []
        var known: [String: (title: String, parent: String?, uid: String)] = [:]
        for dashboard in dashboards {
            for (index, folder) in (dashboard.folder?.folders ?? []).enumerated() {
                let parent = index > 0 ? dashboard.folder!.folders[index - 1].uid : nil
                let name = Self.folderResourceName(folder.uid)
                var check = ObjectCheck(file: dashboard.jsonPath, object: "dashboard \(dashboard.model.uid ?? dashboard.fileStem)")
                check.require(Names.isDNSSubdomain(name), "folder.folders[\(index)].uid",
                              "\"\(folder.uid)\" gives the GrafanaFolder name \"\(name)\", which Kubernetes refuses; end the uid with a letter or digit")
                if let earlier = known[name] {
                    check.require(earlier.uid == folder.uid, "folder.folders[\(index)].uid",
                                  "folder uids \"\(earlier.uid)\" and \"\(folder.uid)\" both give the GrafanaFolder name \"\(name)\"")
                    check.require(earlier.title == folder.title && earlier.parent == parent, "folder.folders[\(index)]",
                                  "folder \"\(folder.uid)\" is \"\(earlier.title)\" under \(earlier.parent ?? "the root") elsewhere, here \"\(folder.title)\" under \(parent ?? "the root")")
                } else {
                    known[name] = (folder.title, parent, folder.uid)
                }
                problems += check.errors
            }
        }
        return problems
    }
}
