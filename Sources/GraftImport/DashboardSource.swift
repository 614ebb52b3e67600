import GraftJSON
import GraftModel

/// The shape a dashboard file comes in.
public enum DashboardForm: String, Sendable, Hashable {
    /// "Export for sharing externally": `__inputs`, `__requires`, datasources as `${DS_...}`.
    case export
    /// A dashboard as Grafana saves it (the JSON model, a provisioning file).
    case plain
    /// The body `GET /api/dashboards/uid/:uid` returns: `{"dashboard": ..., "meta": ...}`.
    case apiResponse
    /// A Grafana 12/13 resource (`dashboard.grafana.app/v1beta1`, `v1`, `v0alpha1`) whose spec is the dashboard.
    case resource
    /// A Grafana 12/13 resource in the v2 schema (`elements` + `layout`), converted to the classic model.
    case schemaV2

    /// The form in a few words, for the header of the Swift file.
    var phrase: String {
        switch self {
        case .export: return "a Grafana export"
        case .plain: return "a Grafana dashboard"
        case .apiResponse: return "a Grafana API response"
        case .resource: return "a Grafana dashboard resource"
        case .schemaV2: return "a Grafana dashboard resource in the v2 schema, converted to the classic model"
        }
    }
}

/// A dashboard file read and checked: its shape, the dashboard, and what rendering it must give back.
struct DashboardSource {
    /// The shape of the file.
    var form: DashboardForm
    /// The dashboard.
    var model: DashboardModel
    /// Where the dashboard is in the file (`$`, or `$.dashboard` in an API response).
    var root: JSONPath
    /// The folder an API response's `meta` names, unless it is the root.
    var folder: FolderRef?
    /// The exact bytes rendering must give back, when the dashboard is in Grafana's own format
    /// (an unedited export); `nil` when equal JSON is what counts.
    var exactBytes: [UInt8]?
    /// The uid Graft gave the dashboard, which had none.
    var givenUID: String?
    /// What reading the file changed or left out, for the person importing.
    var notes: [String] = []
    /// Whether the panels are laid out as Grafana lays them out on load, not as the file has them.
    var relaid = false

    /// Keys only a dashboard has; an object with none of them is some other JSON.
    static let dashboardKeys = ["panels", "title", "schemaVersion", "templating", "uid"]

    /// Reads `bytes` of `file`, naming the JSON path of anything that is not a dashboard.
    init(_ bytes: [UInt8], file: String) throws {
        let json: JSON
        do { json = try JSONParser.parse(bytes) } catch let error as JSONError { throw ImportError(file: file, error) }
        guard case .object(let top) = json else {
            throw ImportError(file: file, path: .root, message: "expected a dashboard object (an export, a dashboard, or the API's {\"dashboard\": ..., \"meta\": ...}), found \(json.kindDescription)")
        }
        var dashboard = top
        root = .root
        form = top["__inputs"] != nil ? .export : .plain
        if DashboardResource.isResource(top) {
            let resource = try DashboardResource(top, file: file)
            dashboard = resource.dashboard
            root = resource.root
            form = resource.converted ? .schemaV2 : .resource
            notes = resource.notes
        } else if let inner = top["dashboard"], top.count <= 2, top.count == 1 || top["meta"] != nil {
            root = JSONPath.root.appending("dashboard")
            guard case .object(let object) = inner else {
                throw ImportError(file: file, path: root, message: "expected the dashboard object of an API response, found \(inner.kindDescription)")
            }
            dashboard = object
            form = .apiResponse
            folder = DashboardSource.folder(top["meta"])
        }
        guard DashboardSource.dashboardKeys.contains(where: { dashboard[$0] != nil }) else {
            throw ImportError(file: file, path: root, message: "not a Grafana dashboard: it has none of " + DashboardSource.dashboardKeys.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        var readingNotes: [String] = []
        if PreGridRows.applies(to: dashboard) { try PreGridRows.upgrade(&dashboard, at: root, file: file, notes: &readingNotes) }
        let filled = GridPosDefaults.fill(&dashboard, at: root)
        if !filled.isEmpty {
            readingNotes.append("\(filled.count) panel\(filled.count == 1 ? "" : "s") without a whole \"gridPos\" (\(filled.map(\.description).joined(separator: ", "))) "
                + "placed as Grafana places them on load: missing or null members from its defaults x 0, y 0, w 6, h 3")
        }
        let given = try GrafanaPanelIDs.assign(&dashboard, at: root, file: file)
        if !given.isEmpty {
            readingNotes.append(given.map { "panel \"\($0.title)\"" }.joined(separator: ", ") + " had"
                + " no id of its own (none, 0, or an earlier panel's); Graft gives " + given.map { String($0.id) }.joined(separator: ", ")
                + ", as Grafana does on load (the next above the largest)")
        }
        notes += readingNotes
        do { model = try DashboardModel(json: .object(dashboard), at: root) } catch let error as JSONError { throw ImportError(file: file, error) }
        try DashboardSource.checkGrid(dashboard, at: root, file: file)
        let exact = model.jsonText()
        exactBytes = (form == .export || form == .plain) && Array(exact.utf8) == bytes ? bytes : nil
    }

    /// Every panel must sit on the grid: a `gridPos` with `h`, `w`, `x` and `y`, as the DSL writes
    /// one for each panel (the model reads a missing member as 0, which would change it), each
    /// within `GridBounds`.
    private static func checkGrid(_ dashboard: JSONObject, at root: JSONPath, file: String) throws {
        func check(_ panels: [JSON], _ path: JSONPath) throws {
            for (index, panel) in panels.enumerated() {
                let panelPath = path.appending(index)
                guard case .object(let object) = panel else { continue }
                guard case .object(let gridPos)? = object["gridPos"] else {
                    throw ImportError(file: file, path: panelPath, message: "missing \"gridPos\" (where the panel sits on the grid: h, w, x, y)")
                }
                for key in ["h", "w", "x", "y"] {
                    guard let value = gridPos[key]?.numberValue?.intValue else {
                        throw ImportError(file: file, path: panelPath.appending("gridPos"), message: "missing \"\(key)\" (an integer)")
                    }
                    _ = try GridBounds.checked(value, key, at: panelPath.appending("gridPos").appending(key), file: file)
                }
                if case .array(let children)? = object["panels"] { try check(children, panelPath.appending("panels")) }
            }
        }
        if case .array(let panels)? = dashboard["panels"] { try check(panels, root.appending("panels")) }
    }

    /// The folder `meta` names: its uid and title, unless it is Grafana's root ("General").
    private static func folder(_ meta: JSON?) -> FolderRef? {
        guard let uid = meta?["folderUid"]?.stringValue, !uid.isEmpty, let title = meta?["folderTitle"]?.stringValue else { return nil }
        return FolderRef(uid: uid, title: title)
    }
}
