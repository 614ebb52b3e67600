import Yams

/// How a dashboard too large for a client-side `kubectl apply` is still delivered, by default:
/// - its GrafanaDashboard carries the JSON gzipped (`spec.gzipJson`, which grafana-operator
///   unzips) instead of inline (`spec.json`) whenever the inline form would not fit the 262,144
///   bytes of annotations `kubectl apply` keeps its copy in;
/// - its sidecar ConfigMap cannot be compressed or split (the sidecar writes each key as one file,
///   byte for byte, and Grafana reads it as JSON), so up to the 1 MiB a ConfigMap may hold it is
///   marked for `kubectl apply --server-side` (annotation `graft.dev/apply: server-side`), and
///   `graft render` prints a line for it.
extension DashboardDelivery {
    /// The annotation marking an object that only a server-side apply can deliver.
    static let serverSideMark = (key: "graft.dev/apply", value: "server-side")

    /// Whether `object` (a ConfigMap or CR, with `annotations`) is over what a client-side apply takes.
    static func tooLargeForClientSide(_ object: Node, annotations: [String: String]) -> Bool {
        ObjectSizeLimits.annotationBytesAfterApply(object, annotations: annotations) > ObjectSizeLimits.annotationBytes
    }

    /// The ConfigMap of `dashboard` holding `data`; marked for server-side apply when settings apply
    /// client-side and it does not fit.
    func sidecarConfigMap(_ dashboard: DashboardArtifact, data: Node) -> Node {
        var metadata = configMapMetadata(dashboard)
        let plain = KubernetesObject(apiVersion: "v1", kind: "ConfigMap", metadata: metadata, bodyKey: "data", body: data).yamlNode
        guard settings.applyMethod == .clientSide, Self.tooLargeForClientSide(plain, annotations: metadata.annotations) else { return plain }
        metadata.annotations[Self.serverSideMark.key] = Self.serverSideMark.value
        return KubernetesObject(apiVersion: "v1", kind: "ConfigMap", metadata: metadata, bodyKey: "data", body: data).yamlNode
    }

    /// Whether the ConfigMap of `dashboard` is marked for server-side apply.
    func configMapNeedsServerSide(_ dashboard: DashboardArtifact) -> Bool {
        configMap(dashboard)["metadata"]?["annotations"]?[Self.serverSideMark.key]?.string == Self.serverSideMark.value
    }

    /// The GrafanaDashboard `build` makes from its content member (`json`, or `gzipJson` when the
    /// inline JSON makes it too large for a client-side apply).
    func grafanaDashboardContent(_ dashboard: DashboardArtifact, build: ((key: String, value: Node)) -> Node) -> Node {
        let inline = build(("json", Node.block(String(decoding: dashboard.json, as: UTF8.self))))
        guard Self.tooLargeForClientSide(inline, annotations: [:]), let gzipped = GzipBase64.encode(dashboard.json) else { return inline }
        return build(("gzipJson", Node(gzipped)))
    }

    /// Whether the GrafanaDashboard of `dashboard` carries its JSON gzipped.
    func grafanaDashboardIsGzipped(_ dashboard: DashboardArtifact) -> Bool {
        grafanaDashboard(dashboard)["spec"]?["gzipJson"] != nil
    }

    /// Objects embedding the dashboard that no apply can deliver: a ConfigMap over 1 MiB; with a
    /// client-side apply, a GrafanaDashboard too large even gzipped.
    func sizeProblems(_ dashboard: DashboardArtifact) -> [ManifestError] {
        var configMap = ObjectCheck(file: "manifests/" + ManifestLayout.configMapPath(dashboard.fileStem),
                                    object: "ConfigMap \(settings.namespace)/\(Self.configMapName(dashboard))")
        var resource = ObjectCheck(file: "manifests/" + ManifestLayout.grafanaDashboardPath(dashboard.fileStem),
                                   object: "GrafanaDashboard \(settings.namespace)/\(dashboard.fileStem)")
        let size = ObjectSizeLimits.grouped(dashboard.json.count)
        let dataBytes = Self.configMapKey(dashboard).utf8.count + importedJSON(dashboard).count
        configMap.require(dataBytes <= ObjectSizeLimits.configMapDataBytes, "data.\(Self.configMapKey(dashboard))",
            "the dashboard (\(size) bytes) is over the \(ObjectSizeLimits.grouped(ObjectSizeLimits.configMapDataBytes)) bytes a ConfigMap may hold; deliver it by grafana-operator (\(ManifestLayout.grafanaOperator)/, gzipped) or Grafana file provisioning (\(ManifestLayout.dashboardProviders)) instead")
        if settings.applyMethod == .clientSide {
            let resourceBytes = ObjectSizeLimits.annotationBytesAfterApply(grafanaDashboard(dashboard), annotations: [:])
            resource.require(resourceBytes <= ObjectSizeLimits.annotationBytes, "spec.gzipJson",
                "the dashboard (\(size) bytes) is too large for `kubectl apply` even gzipped: the copy in the \(ObjectSizeLimits.lastAppliedAnnotation) annotation would take \(ObjectSizeLimits.grouped(resourceBytes)) of the \(ObjectSizeLimits.grouped(ObjectSizeLimits.annotationBytes)) bytes annotations may hold; set DeliverySettings.applyMethod to .serverSide and apply with `kubectl apply --server-side`")
        }
        return configMap.errors + resource.errors
    }

    /// `files` with each object that needs `kubectl apply --server-side` saying why.
    func markingServerSide(_ files: [ManifestFile]) -> [ManifestFile] {
        var reasons: [String: String] = [:]
        for dashboard in dashboards where configMapNeedsServerSide(dashboard) {
            reasons[ManifestLayout.configMapPath(dashboard.fileStem)] = "ConfigMap \(settings.namespace)/\(Self.configMapName(dashboard)) holds a "
                + "\(ObjectSizeLimits.grouped(importedJSON(dashboard).count))-byte dashboard, too large for the copy a client-side apply keeps in its "
                + "\(ObjectSizeLimits.grouped(ObjectSizeLimits.annotationBytes)) bytes of annotations"
        }
        guard !reasons.isEmpty else { return files }
        return files.map { file in
            var file = file
            file.serverSideApply = reasons[file.path]
            return file
        }
    }
}
