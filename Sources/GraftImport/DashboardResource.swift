import GraftJSON

/// A dashboard as Grafana 12 and 13 export and serve it on the app platform: a Kubernetes-style
/// object (`apiVersion: dashboard.grafana.app/<version>`, `kind: Dashboard`, `metadata.name` = the
/// uid, `spec`), read into the classic dashboard model the importer writes. The classic versions'
/// spec is that model without `id`, `uid` and `version`; the v2 schema's (`elements` + `layout`) is
/// converted by `SchemaV2Conversion`.
struct DashboardResource {
    /// The API group of dashboards.
    static let group = "dashboard.grafana.app"
    /// Versions whose spec is the classic model (12.x: v0alpha1, v1beta1; 13.x adds v1).
    static let classicVersions = ["v0alpha1", "v1beta1", "v1"]
    /// Versions whose spec is the v2 schema (12.0/12.1: v2alpha1; later v2beta1; 13.x: v2).
    static let schemaV2Versions = ["v2alpha1", "v2beta1", "v2"]

    /// `dashboard.grafana.app/v1beta1`.
    var apiVersion: String
    /// Whether the spec was the v2 schema, converted.
    var converted: Bool
    /// The classic dashboard, its uid from `metadata.name`.
    var dashboard: JSONObject
    /// Where the spec is in the file.
    var root: JSONPath
    /// What the reading changed or left out, for the person importing.
    var notes: [String]

    /// Whether `top` claims to be one of Grafana's app-platform objects (another Kubernetes object
    /// is no dashboard at all, and said so as such).
    static func isResource(_ top: JSONObject) -> Bool {
        top["apiVersion"]?.stringValue?.contains(".grafana.app/") == true || top["kind"]?.stringValue == "Dashboard"
    }

    /// Reads the resource `top` of `file`; throws naming the member that is not what Grafana writes.
    init(_ top: JSONObject, file: String) throws {
        let versions = (DashboardResource.classicVersions + DashboardResource.schemaV2Versions).map { "\(DashboardResource.group)/\($0)" }
        let expectedVersions = "one of " + versions.joined(separator: ", ")
        guard let apiVersion = top["apiVersion"]?.stringValue else {
            throw ImportError(file: file, path: JSONPath.root.appending("apiVersion"), message: "expected \(expectedVersions) (a Grafana dashboard resource)")
        }
        guard let kind = top["kind"]?.stringValue, kind == "Dashboard" else {
            let found = top["kind"].map { $0.stringValue.map { "\"\($0)\"" } ?? $0.kindDescription } ?? "nothing"
            let hint = top["kind"]?.stringValue == "DashboardList" ? "; import the dashboards of a list one file each" : ""
            throw ImportError(file: file, path: JSONPath.root.appending("kind"), message: "expected \"Dashboard\", found \(found)\(hint)")
        }
        let version = apiVersion.hasPrefix(DashboardResource.group + "/") ? String(apiVersion.dropFirst(DashboardResource.group.count + 1)) : nil
        guard let version, versions.contains(apiVersion) else {
            throw ImportError(file: file, path: JSONPath.root.appending("apiVersion"), message: "expected \(expectedVersions), found \"\(apiVersion)\"")
        }
        root = JSONPath.root.appending("spec")
        guard case .object(let spec)? = top["spec"] else {
            throw ImportError(file: file, path: root, message: "expected the dashboard (an object), found \(top["spec"]?.kindDescription ?? "nothing")")
        }
        if case .object(let status)? = top["status"], case .object(let conversion)? = status["conversion"], conversion["failed"]?.boolValue == true {
            let stored = conversion["storedVersion"]?.stringValue.map { " from its stored version \($0)" } ?? ""
            let reason = conversion["error"]?.stringValue.map { ": \($0)" } ?? ""
            throw ImportError(file: file, path: JSONPath.root.appending("status").appending("conversion"),
                              message: "Grafana could not convert this dashboard\(stored)\(reason); the spec is not the dashboard. Export it again at its stored version, or as the classic JSON")
        }
        self.apiVersion = apiVersion
        notes = []
        converted = DashboardResource.schemaV2Versions.contains(version)
        dashboard = converted ? try SchemaV2Conversion(file: file, apiVersion: version).dashboard(spec, at: root, notes: &notes) : spec
        let metadata = top["metadata"]?.objectValue
        if let name = metadata?["name"]?.stringValue, !name.isEmpty {
            // The uid lives in metadata.name; Grafana strips it from the spec.
            dashboard["uid"] = .string(name)
        }
        if let folder = metadata?["annotations"]?["grafana.app/folder"]?.stringValue, !folder.isEmpty {
            notes.append("the resource is in folder \"\(folder)\" (annotation grafana.app/folder); add .folder(FolderRef(uid: \"\(folder)\", title: ...)) to keep it there")
        }
    }
}
