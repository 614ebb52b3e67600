import GraftModel

/// Settings of the delivery forms: where the ConfigMaps and CRs go, how they are applied, what the Grafana
/// sidecar and grafana-operator look for, and the datasources Grafana is provisioned with.
public struct DeliverySettings: Sendable, Hashable {
    /// How `manifests/` is applied to a cluster; decides the size limit checked for each object.
    public enum ApplyMethod: Sendable, Hashable {
        /// `kubectl apply`: a copy of each object goes in its `last-applied-configuration` annotation, and
        /// all annotations together may hold at most 262,144 bytes.
        case clientSide
        /// `kubectl apply --server-side` (or `kubectl create`/`replace`): no copy; a ConfigMap may hold 1 MiB.
        case serverSide
    }

    /// The namespace of the dashboard ConfigMaps and grafana-operator CRs.
    public var namespace: String
    /// How the manifests are applied (client-side by default).
    public var applyMethod: ApplyMethod
    /// The label (`sidecar.dashboards.label`) the Grafana sidecar looks for on ConfigMaps.
    public var sidecarLabel: String
    /// The label's value (`sidecar.dashboards.labelValue`).
    public var sidecarLabelValue: String
    /// The annotation (`sidecar.dashboards.folderAnnotation`) that puts a dashboard in a folder; the Grafana
    /// chart has none by default, so its values must set this name and `provider.foldersFromFilesStructure: true`.
    public var sidecarFolderAnnotation: String
    /// Which Grafana instances (`Grafana` CRs, by label) the grafana-operator CRs are for.
    public var operatorInstanceSelector: LabelSelector
    /// The datasources written to `provisioning/datasources.yaml`; a dashboard's datasource inputs map to
    /// the first of them with the input's plugin type.
    public var datasources: [ProvisionedDatasource]
    /// Where Grafana finds the files of `dashboards/` (the provider's `options.path`).
    public var dashboardsPath: String
    /// The Grafana organisation the provisioning files are for.
    public var orgId: Int
    /// What Grafana's own configuration must allow (embedding...), rendered under `grafana/`; nothing when empty.
    public var grafana: GrafanaServerSettings

    /// Settings with defaults for a kube-prometheus-stack cluster: namespace `monitoring`, client-side apply,
    /// the Grafana chart's sidecar label `grafana_dashboard: "1"` with folder annotation `grafana_folder`,
    /// Grafana instances labelled `dashboards: grafana`, one Prometheus datasource, dashboards in
    /// `/var/lib/grafana/dashboards`, organisation 1, Grafana's own configuration as it is.
    public init(namespace: String = "monitoring", applyMethod: ApplyMethod = .clientSide, sidecarLabel: String = "grafana_dashboard",
                sidecarLabelValue: String = "1", sidecarFolderAnnotation: String = "grafana_folder",
                operatorInstanceSelector: LabelSelector = LabelSelector(matchLabels: ["dashboards": "grafana"]),
                datasources: [ProvisionedDatasource] = [.prometheus()], dashboardsPath: String = "/var/lib/grafana/dashboards",
                orgId: Int = 1, grafana: GrafanaServerSettings = GrafanaServerSettings()) {
        self.namespace = namespace
        self.applyMethod = applyMethod
        self.sidecarLabel = sidecarLabel
        self.sidecarLabelValue = sidecarLabelValue
        self.sidecarFolderAnnotation = sidecarFolderAnnotation
        self.operatorInstanceSelector = operatorInstanceSelector
        self.datasources = datasources
        self.dashboardsPath = dashboardsPath
        self.orgId = orgId
        self.grafana = grafana
    }
}

/// A datasource Grafana is provisioned with from `provisioning/datasources.yaml`.
public struct ProvisionedDatasource: Sendable, Hashable {
    /// The datasource's name, unique in the organisation; grafana-operator maps inputs to it by name.
    public var name: String
    /// The plugin id (`prometheus`).
    public var type: String
    /// The uid dashboards refer to it by.
    public var uid: String
    /// Where Grafana's backend reaches it.
    public var url: String
    /// Whether it is the organisation's default datasource.
    public var isDefault: Bool

    /// A datasource from its parts.
    public init(name: String, type: String, uid: String, url: String, isDefault: Bool = false) {
        self.name = name
        self.type = type
        self.uid = uid
        self.url = url
        self.isDefault = isDefault
    }

    /// A Prometheus datasource, by default the `prometheus-operated` service prometheus-operator creates in `monitoring`.
    public static func prometheus(name: String = "Prometheus", uid: String = "prometheus",
                                  url: String = "http://prometheus-operated.monitoring.svc:9090", isDefault: Bool = true) -> ProvisionedDatasource {
        ProvisionedDatasource(name: name, type: "prometheus", uid: uid, url: url, isDefault: isDefault)
    }

    /// A Loki datasource, by default the gateway service of Grafana's Loki chart in `monitoring`.
    public static func loki(name: String = "Loki", uid: String = "loki", url: String = "http://loki-gateway.monitoring.svc",
                            isDefault: Bool = false) -> ProvisionedDatasource {
        ProvisionedDatasource(name: name, type: "loki", uid: uid, url: url, isDefault: isDefault)
    }
}
