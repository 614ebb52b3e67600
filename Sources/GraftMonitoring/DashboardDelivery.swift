import GraftModel
import Yams

/// The Grafana-side delivery forms of the dashboards: a sidecar ConfigMap and a grafana-operator
/// GrafanaDashboard per dashboard, a GrafanaFolder per folder, and the file-provisioning files.
struct DashboardDelivery {
    let dashboards: [DashboardArtifact]
    let settings: DeliverySettings
    /// Each dashboard as the sidecar and file provisioning load it, by file stem (see `importedJSON`).
    private let imported: [String: [UInt8]]
    /// Each dashboard's ConfigMap and GrafanaDashboard, by file stem: each embeds the whole dashboard,
    /// so they are built once, for both the size check and the files.
    private var embedding: [String: (configMap: Node, grafanaDashboard: Node)] = [:]

    init(dashboards: [DashboardArtifact], settings: DeliverySettings) {
        self.dashboards = dashboards
        self.settings = settings
        var imported: [String: [UInt8]] = [:]
        for dashboard in dashboards { imported[dashboard.fileStem] = DashboardDelivery.importing(dashboard, settings: settings) }
        self.imported = imported
        for dashboard in dashboards { embedding[dashboard.fileStem] = (makeConfigMap(dashboard), makeGrafanaDashboard(dashboard)) }
    }

    /// The label every ConfigMap and CR carries, so a user can select (or prune) what Graft wrote.
    static let managedByLabel = ("app.kubernetes.io/managed-by", "graft")
    /// grafana-operator's API group and version.
    static let operatorAPI = "grafana.integreatly.org/v1beta1"

    // MARK: Sidecar ConfigMap

    /// `grafana-dashboard-<stem>`.
    static func configMapName(_ dashboard: DashboardArtifact) -> String { "grafana-dashboard-\(dashboard.fileStem)" }

    /// The key the sidecar writes the dashboard file under.
    static func configMapKey(_ dashboard: DashboardArtifact) -> String { "\(dashboard.fileStem).json" }

    func configMapMetadata(_ dashboard: DashboardArtifact) -> ObjectMeta {
        var annotations: [String: String] = [:]
        if let folder = dashboard.folder { annotations[settings.sidecarFolderAnnotation] = folder.titlePath }
        return ObjectMeta(name: Self.configMapName(dashboard), namespace: settings.namespace,
                          labels: [Self.managedByLabel.0: Self.managedByLabel.1, settings.sidecarLabel: settings.sidecarLabelValue],
                          annotations: annotations)
    }

    /// The dashboard as Grafana's import saves it, its datasource inputs bound to the provisioned
    /// datasources: what the sidecar and file provisioning load, because neither resolves `${DS_...}`
    /// placeholders (only grafana-operator maps inputs itself). Without inputs: the file's bytes unchanged.
    func importedJSON(_ dashboard: DashboardArtifact) -> [UInt8] {
        imported[dashboard.fileStem] ?? DashboardDelivery.importing(dashboard, settings: settings)
    }

    private static func importing(_ dashboard: DashboardArtifact, settings: DeliverySettings) -> [UInt8] {
        var values: [String: String] = [:]
        for mapping in datasourceMappings(dashboard, settings: settings) { values[mapping.input] = mapping.datasource?.uid }
        return values.isEmpty ? dashboard.json : dashboard.model.importedJSON(values)
    }

    /// The ConfigMap the Grafana sidecar (kiwigrid/k8s-sidecar) turns into a dashboard file.
    func configMap(_ dashboard: DashboardArtifact) -> Node { embedding[dashboard.fileStem]?.configMap ?? makeConfigMap(dashboard) }

    private func makeConfigMap(_ dashboard: DashboardArtifact) -> Node {
        let data = Node.fields([Self.configMapKey(dashboard): Node.block(String(decoding: importedJSON(dashboard), as: UTF8.self))])
        return sidecarConfigMap(dashboard, data: data)
    }

    // MARK: grafana-operator

    /// The GrafanaFolder CR name for a folder uid: lowercase, `_` as `-`, after `folder-`.
    static func folderResourceName(_ uid: String) -> String {
        "folder-" + String(uid.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    func operatorMetadata(name: String) -> ObjectMeta {
        ObjectMeta(name: name, namespace: settings.namespace, labels: [Self.managedByLabel.0: Self.managedByLabel.1])
    }

    /// `spec.datasources`: each datasource input of the export mapped to the datasource of its plugin type
    /// (grafana-operator replaces `${inputName}` with the datasource's name); `nil` entries have no datasource.
    func datasourceMappings(_ dashboard: DashboardArtifact) -> [(input: String, plugin: String, datasource: ProvisionedDatasource?)] {
        DashboardDelivery.datasourceMappings(dashboard, settings: settings)
    }

    private static func datasourceMappings(_ dashboard: DashboardArtifact, settings: DeliverySettings)
        -> [(input: String, plugin: String, datasource: ProvisionedDatasource?)] {
        (dashboard.model.inputs ?? []).compactMap { input in
            guard input.type == "datasource", let name = input.name else { return nil }
            let plugin = input.pluginId ?? ""
            return (name, plugin, settings.datasources.first { $0.type == plugin })
        }
    }

    /// The GrafanaDashboard CR, its JSON inline (gzipped when large), in its folder's GrafanaFolder.
    func grafanaDashboard(_ dashboard: DashboardArtifact) -> Node {
        embedding[dashboard.fileStem]?.grafanaDashboard ?? makeGrafanaDashboard(dashboard)
    }

    private func makeGrafanaDashboard(_ dashboard: DashboardArtifact) -> Node {
        let datasources = datasourceMappings(dashboard).map { mapping in
            Node.fields(["inputName": mapping.input, "datasourceName": mapping.datasource?.name ?? ""])
        }
        return grafanaDashboardContent(dashboard) { content in
            let spec = Node.fields([
                "instanceSelector": settings.operatorInstanceSelector, "folderRef": dashboard.folder?.leaf.map { Self.folderResourceName($0.uid) },
                "datasources": datasources, content.key: content.value,
            ])
            return KubernetesObject(apiVersion: Self.operatorAPI, kind: "GrafanaDashboard", metadata: operatorMetadata(name: dashboard.fileStem),
                                    body: spec).yamlNode
        }
    }

    /// Every folder of every dashboard's path, each once, with its parent (root folders have none), in first-seen order.
    var folders: [(folder: FolderRef, parent: FolderRef?)] {
        var seen = Set<String>()
        var result: [(FolderRef, FolderRef?)] = []
        for path in dashboards.compactMap(\.folder) {
            for (index, folder) in path.folders.enumerated() where seen.insert(folder.uid).inserted {
                result.append((folder, index > 0 ? path.folders[index - 1] : nil))
            }
        }
        return result
    }

    /// The GrafanaFolder CR that creates `folder` (inside `parent`) with its uid and title.
    func grafanaFolder(_ folder: FolderRef, parent: FolderRef?) -> Node {
        let spec = Node.fields([
            "instanceSelector": settings.operatorInstanceSelector, "uid": folder.uid, "title": folder.title,
            "parentFolderRef": parent.map { Self.folderResourceName($0.uid) },
        ])
        return KubernetesObject(apiVersion: Self.operatorAPI, kind: "GrafanaFolder", metadata: operatorMetadata(name: Self.folderResourceName(folder.uid)),
                                body: spec).yamlNode
    }

    // MARK: File provisioning

    /// `provisioning/dashboards.yaml`: one file provider per dashboard, reading its JSON (the files of
    /// `provisioning/dashboards/`, copied to `dashboardsPath`), in its folder (file providers create
    /// the leaf folder only, at the root).
    var dashboardProviders: Node {
        let providers = dashboards.map { dashboard in
            Node.fields([
                "name": "graft-\(dashboard.fileStem)", "orgId": settings.orgId, "type": "file", "folder": dashboard.folder?.leaf?.title ?? "",
                "folderUid": dashboard.folder?.leaf?.uid, "disableDeletion": false, "allowUiUpdates": false, "updateIntervalSeconds": 30,
                "options": Node.fields(["path": "\(settings.dashboardsPath)/\(dashboard.fileStem).json"]),
            ])
        }
        return .fields(["apiVersion": 1, "providers": Node.list(providers)])
    }

    /// `provisioning/datasources.yaml`: the datasources, by name and uid, not editable in the UI.
    var datasourceProvisioning: Node {
        let datasources = settings.datasources.map { datasourceFields($0, orgId: settings.orgId, editable: false) }
        return .fields(["apiVersion": 1, "datasources": Node.list(datasources)])
    }

    /// A datasource as Grafana's provisioning and grafana-operator's `spec.datasource` both describe it.
    private func datasourceFields(_ datasource: ProvisionedDatasource, orgId: Int?, editable: Bool?) -> Node {
        .fields([
            "name": datasource.name, "type": datasource.type, "uid": datasource.uid, "access": "proxy", "orgId": orgId,
            "url": datasource.url, "isDefault": datasource.isDefault, "editable": editable,
        ])
    }

    /// The GrafanaDatasource CR name for a datasource uid: lowercase, `_` as `-`, after `datasource-`.
    static func datasourceResourceName(_ uid: String) -> String {
        "datasource-" + String(uid.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    /// The GrafanaDatasource CR that creates `datasource` in the selected Grafana instances (the organisation is the instance's).
    func grafanaDatasource(_ datasource: ProvisionedDatasource) -> Node {
        let spec = Node.fields([
            "instanceSelector": settings.operatorInstanceSelector, "datasource": datasourceFields(datasource, orgId: nil, editable: nil),
        ])
        return KubernetesObject(apiVersion: Self.operatorAPI, kind: "GrafanaDatasource",
                                metadata: operatorMetadata(name: Self.datasourceResourceName(datasource.uid)), body: spec).yamlNode
    }
}
