import GraftModel

/// What the manifests need to know of one rendered dashboard.
public struct DashboardArtifact: Sendable {
    /// The file name without `.json` (`higress-ai` for `dashboards/higress-ai.json`); also names its ConfigMap and CR.
    public var fileStem: String
    /// The dashboard: uid, title, and the `__inputs` whose datasources the GrafanaDashboard maps.
    public var model: DashboardModel
    /// The exact bytes written to `dashboards/<fileStem>.json`, embedded unchanged in the ConfigMap and CR.
    public var json: [UInt8]
    /// The folder it belongs in (nested folders, root first), or `nil` for Grafana's root.
    public var folder: FolderPath?

    /// An artifact from its parts.
    public init(fileStem: String, model: DashboardModel, json: [UInt8], folder: FolderPath? = nil) {
        self.fileStem = fileStem
        self.model = model
        self.json = json
        self.folder = folder
    }

    /// Where the lead's renderer writes the JSON, as messages name it.
    var jsonPath: String { "dashboards/\(fileStem).json" }
}
