import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// A dashboard rendered from the catalog: its model and the exact bytes of its file.
public struct RenderedDashboard: Sendable {
    /// The dashboard as written in code.
    public var source: Dashboard
    /// The dashboard as Grafana saves it.
    public var model: DashboardModel
    /// The file's bytes, in Grafana's export format.
    public var json: [UInt8]
    /// The file's path below the output folder.
    public var path: String { "dashboards/\(source.fileStem).json" }
}

extension Catalog {
    /// Renders every dashboard; throws the first `RenderError` (or a duplicate file or uid) before returning anything.
    public func renderDashboards() throws -> [RenderedDashboard] {
        var rendered: [RenderedDashboard] = []
        var stems: [String: String] = [:], uids: [String: String] = [:]
        for dashboard in dashboards {
            let model = try dashboard.render()
            let title = model.title ?? ""
            if let other = stems.updateValue(title, forKey: dashboard.fileStem) {
                throw RenderError(dashboard: title, panel: "the dashboard", problem: "its file dashboards/\(dashboard.fileStem).json is also the file of dashboard \"\(other)\"; give one a .fileName(...)")
            }
            if let uid = model.uid, let other = uids.updateValue(title, forKey: uid) {
                throw RenderError(dashboard: title, panel: "the dashboard", problem: "uid \"\(uid)\" is also the uid of dashboard \"\(other)\"")
            }
            var writer = JSONWriter(capacity: 96 * 1024)
            model.write(to: &writer)
            rendered.append(RenderedDashboard(source: dashboard, model: model, json: writer.bytes))
        }
        return rendered
    }

    /// Every file `graft render` writes: one JSON file per dashboard under `dashboards/`, and the
    /// monitors and delivery forms under `manifests/`. Throws before returning anything when a
    /// dashboard does not lay out or a manifest does not validate.
    public func renderFiles() throws -> [RenderedFile] {
        let dashboards = try renderDashboards()
        let artifacts = dashboards.map {
            DashboardArtifact(fileStem: $0.source.fileStem, model: $0.model, json: $0.json, folder: $0.source.folder)
        }
        let manifests = try renderManifests(monitors: monitors, dashboards: artifacts, settings: delivery, resources: resources)
        return dashboards.map { RenderedFile(path: $0.path, bytes: $0.json) }
            + manifests.map { RenderedFile(path: "manifests/" + $0.path, bytes: $0.bytes, serverSideApply: $0.serverSideApply) }
    }
}
