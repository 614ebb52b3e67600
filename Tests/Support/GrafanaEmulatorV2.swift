import Foundation
import GraftJSON

/// The server's down-conversion of a v2 spec (elements + layout) to a classic one, as a v0/v1 read
/// of a v2-stored dashboard and 13.x's classic GET give it: lossy by design (notes: v2 rows have no
/// panel id, tabs and auto-grids have no classic form). Covers GridLayout and RowsLayout, the
/// members the notes list; anything else of the v2 spec is dropped, as a lossy conversion drops it.
enum V2DownConversion {
    static func classic(from spec: JSONObject) -> JSONObject {
        var model: JSONObject = ["title": spec["title"] ?? "", "description": spec["description"] ?? "", "tags": spec["tags"] ?? [],
                                 "editable": spec["editable"] ?? true, "links": spec["links"] ?? []]
        let cursor = ["Off": 0, "Crosshair": 1, "Tooltip": 2]
        model["graphTooltip"] = .int(cursor[spec["cursorSync"]?.stringValue ?? "Off"] ?? 0)
        if let time = spec["timeSettings"]?.objectValue {
            model["time"] = ["from": time["from"] ?? "now-6h", "to": time["to"] ?? "now"]
            model["timezone"] = time["timezone"] ?? "browser"
            model["refresh"] = time["autoRefresh"] ?? ""
        }
        model["templating"] = ["list": .array((spec["variables"]?.arrayValue ?? []).map(variable))]
        model["annotations"] = ["list": .array((spec["annotations"]?.arrayValue ?? []).compactMap { $0["spec"] })]
        let elements = spec["elements"]?.objectValue ?? [:]
        var panels: [JSON] = []
        let layout = spec["layout"]?.objectValue ?? [:]
        switch layout["kind"]?.stringValue {
        case "RowsLayout":
            var y = 0
            var rowID = elements.members.compactMap { $0.value["spec"]?["id"]?.numberValue?.intValue }.max() ?? 0
            for row in layout["spec"]?["rows"]?.arrayValue ?? [] {
                let rowSpec = row["spec"]?.objectValue ?? [:]
                let collapsed = rowSpec["collapse"]?.boolValue ?? false
                let inner = gridPanels(rowSpec["layout"]?.objectValue ?? [:], elements, offset: y + 1)
                rowID += 1
                panels.append(["type": "row", "id": .int(rowID), "title": rowSpec["title"] ?? "", "collapsed": .bool(collapsed),
                               "gridPos": ["h": 1, "w": 24, "x": 0, "y": .int(y)], "panels": collapsed ? .array(inner) : []])
                if !collapsed { panels += inner }
                y += 1 + (collapsed ? 0 : inner.map { ($0["gridPos"]?["y"]?.numberValue?.intValue ?? 0) + ($0["gridPos"]?["h"]?.numberValue?.intValue ?? 0) - y - 1 }.max() ?? 0)
            }
        default:
            panels = gridPanels(layout, elements, offset: 0)
        }
        model["panels"] = .array(panels)
        return model
    }

    private static func gridPanels(_ layout: JSONObject, _ elements: JSONObject, offset: Int) -> [JSON] {
        (layout["spec"]?["items"]?.arrayValue ?? []).compactMap { item -> JSON? in
            guard let itemSpec = item["spec"]?.objectValue, let name = itemSpec["element"]?["name"]?.stringValue,
                  let element = elements[name]?["spec"]?.objectValue else { return nil }
            var panel = panelModel(element)
            panel["gridPos"] = ["h": itemSpec["height"] ?? 8, "w": itemSpec["width"] ?? 12, "x": itemSpec["x"] ?? 0,
                                "y": .int((itemSpec["y"]?.numberValue?.intValue ?? 0) + offset)]
            return .object(panel)
        }
    }

    private static func panelModel(_ element: JSONObject) -> JSONObject {
        let viz = element["vizConfig"]?.objectValue ?? [:]
        // v2beta1 and v2 name the plugin in `group`; v2alpha1 in `kind`.
        let type = viz["group"]?.stringValue ?? viz["kind"]?.stringValue ?? ""
        var panel: JSONObject = ["id": element["id"] ?? 0, "title": element["title"] ?? "", "type": .string(type)]
        if let description = element["description"]?.stringValue, !description.isEmpty { panel["description"] = .string(description) }
        if let options = viz["spec"]?["options"] { panel["options"] = options }
        if let fieldConfig = viz["spec"]?["fieldConfig"] { panel["fieldConfig"] = fieldConfig }
        let queryGroup = element["data"]?["spec"]?.objectValue ?? [:]
        let targets: [JSON] = (queryGroup["queries"]?.arrayValue ?? []).map { query in
            let querySpec = query["spec"]?.objectValue ?? [:]
            let dataQuery = querySpec["query"]?.objectValue ?? [:]
            var target = dataQuery["spec"]?.objectValue ?? [:]
            target["refId"] = querySpec["refId"] ?? "A"
            if querySpec["hidden"]?.boolValue == true { target["hide"] = true }
            target["datasource"] = ["type": dataQuery["group"] ?? "", "uid": dataQuery["datasource"]?["name"] ?? ""]
            return .object(target)
        }
        if !targets.isEmpty {
            panel["targets"] = .array(targets)
            panel["datasource"] = targets[0]["datasource"]
        }
        if let transformations = queryGroup["transformations"]?.arrayValue, !transformations.isEmpty {
            panel["transformations"] = .array(transformations.compactMap { $0["spec"] })
        }
        return panel
    }

    private static func variable(_ variable: JSON) -> JSON {
        var spec = variable["spec"]?.objectValue ?? [:]
        let kind = variable["kind"]?.stringValue ?? ""
        spec["type"] = .string(kind.hasSuffix("Variable") ? String(kind.dropLast("Variable".count)).lowercased() : kind.lowercased())
        return .object(spec)
    }
}

extension GrafanaEmulator {
    /// Saves `spec` (a v2 dashboard spec) as `login` would from Grafana's UI with dynamic
    /// dashboards on: stored at `Options.appPlatform.uiSaveVersion` (or `version`), a new generation,
    /// the manager annotations kept (the UI sends back the metadata it read). Creates the dashboard
    /// when there is none.
    public func saveFromDynamicDashboardsUI(uid: String, spec: JSONObject, as login: String, version: String? = nil) {
        state.withLock { state in
            guard let platform = state.options.appPlatform, let account = state.account(login: login) else { return }
            var dashboard = state.dashboards[uid] ?? EmulatedDashboard(
                id: state.takeID(), uid: uid, data: [:], version: 0, folderUID: "", createdBy: login, updatedBy: login,
                created: Date(), updated: Date(), versions: [])
            dashboard.v2Spec = spec
            dashboard.storedVersion = version ?? platform.uiSaveVersion
            dashboard.data = V2DownConversion.classic(from: spec)
            state.storeVersion(of: &dashboard, message: "", by: account, restoredFrom: 0)
            state.dashboards[uid] = dashboard
        }
    }

    /// Sets annotations of a stored dashboard as another client of the app-platform API would
    /// (a manager `grafana.app/managedBy: terraform`, say): a new `resourceVersion`, the spec kept.
    public func setAnnotations(uid: String, _ annotations: [String: String], as login: String) {
        state.withLock { state in
            guard var dashboard = state.dashboards[uid], let account = state.account(login: login) else { return }
            dashboard.annotations = annotations
            dashboard.resourceVersion = state.takeResourceVersion()
            dashboard.updated = Date()
            dashboard.updatedBy = login
            dashboard.updatedByIdentity = account.identity
            state.storedChanges += 1
            state.dashboards[uid] = dashboard
        }
    }
}
