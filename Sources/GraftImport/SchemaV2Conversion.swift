import GraftJSON
import GraftModel

/// The v2 dashboard schema (`spec.elements` + `spec.layout`, dashboard.grafana.app/v2alpha1,
/// v2beta1, v2) converted to the classic model, as Grafana converts it (its v2 → v1beta1
/// conversion and the frontend's v2 → v1 transformer): a GridLayout's items become panels where
/// they are; a RowsLayout's rows become row panels, each row's panels below its header (inside a
/// folded row), the next row below the lowest panel. Tabs and the auto grid have no classic form:
/// they are refused with how to export the classic JSON from Grafana instead.
struct SchemaV2Conversion {
    /// The file, for error messages.
    var file: String
    /// `v2alpha1` names plugins and datasource types in `kind`; later versions in `group`.
    var apiVersion: String

    /// The schemaVersion Grafana gives a dashboard converted from v2 (its latest, 42 in 12.x/13.x).
    static let schemaVersion = 42

    /// How to get the classic JSON from Grafana, for layouts the classic model cannot hold.
    static let exportAdvice = "export the dashboard's classic JSON from Grafana instead: open it, Export → Export as JSON (\"Export as code\" "
        + "where dashboards are served by the app platform), under Advanced options choose Model: Classic, save the file and import that"

    // MARK: The dashboard

    /// The classic dashboard for v2 `spec` (at `path`); what it leaves out goes to `notes`.
    func dashboard(_ spec: JSONObject, at path: JSONPath, notes: inout [String]) throws -> JSONObject {
        var dashboard = JSONObject()
        dashboard["title"] = .string(try string(spec["title"], path.appending("title")))
        if let description = spec["description"] { dashboard["description"] = description }
        if case .array(let tags)? = spec["tags"], !tags.isEmpty { dashboard["tags"] = .array(tags) }
        let cursorSync = ["Off": 0, "Crosshair": 1, "Tooltip": 2]
        dashboard["graphTooltip"] = .int(try enumValue(spec["cursorSync"] ?? "Off", cursorSync, path.appending("cursorSync")))
        dashboard["schemaVersion"] = .int(SchemaV2Conversion.schemaVersion)
        dashboard["editable"] = spec["editable"] ?? true
        for key in ["preload", "liveNow", "revision"] { if let value = spec[key] { dashboard[key] = value } }
        if case .object(let time)? = spec["timeSettings"] { timeSettings(time, into: &dashboard) } else { dashboard["time"] = ["from": "now-6h", "to": "now"] }
        if case .array(let links)? = spec["links"], !links.isEmpty { dashboard["links"] = .array(links) }

        let elementsPath = path.appending("elements")
        let elements = try object(spec["elements"] ?? .object(JSONObject()), elementsPath, "the panels by name")
        var placed: Set<String> = []
        var panels: [JSON] = []
        if let layout = spec["layout"] {
            panels = try self.panels(layout, path.appending("layout"), elements: elements, elementsPath: elementsPath, placed: &placed)
        }
        for name in elements.keys where !placed.contains(name) {
            notes.append("element \"\(name)\" is in no place of the layout, so Grafana does not show it; Graft leaves it out")
        }
        SchemaV2Conversion.numberRows(&panels)
        dashboard["panels"] = .array(panels)

        let variablesPath = path.appending("variables")
        var variables: [JSON] = []
        for (index, variable) in (try array(spec["variables"] ?? [], variablesPath)).enumerated() {
            variables.append(try self.variable(variable, variablesPath.appending(index)))
        }
        if !variables.isEmpty { dashboard["templating"] = ["list": .array(variables)] }
        let annotationsPath = path.appending("annotations")
        var annotations: [JSON] = []
        for (index, annotation) in (try array(spec["annotations"] ?? [], annotationsPath)).enumerated() {
            annotations.append(try self.annotation(annotation, annotationsPath.appending(index)))
        }
        dashboard["annotations"] = ["list": .array(annotations)]
        return dashboard
    }

    /// `timeSettings` as the classic `time`, `timezone`, `refresh`, `fiscalYearStartMonth`,
    /// `weekStart` and `timepicker`.
    private func timeSettings(_ time: JSONObject, into dashboard: inout JSONObject) {
        dashboard["time"] = ["from": time["from"] ?? "now-6h", "to": time["to"] ?? "now"]
        if let zone = time["timezone"] { dashboard["timezone"] = zone }
        if let refresh = time["autoRefresh"] { dashboard["refresh"] = refresh }
        if let month = time["fiscalYearStartMonth"] { dashboard["fiscalYearStartMonth"] = month }
        if let weekStart = time["weekStart"] { dashboard["weekStart"] = weekStart }
        var picker = JSONObject()
        if case .array(let intervals)? = time["autoRefreshIntervals"], !intervals.isEmpty { picker["refresh_intervals"] = .array(intervals) }
        if time["hideTimepicker"]?.boolValue == true { picker["hidden"] = true }
        if let delay = time["nowDelay"] { picker["nowDelay"] = delay }
        if case .array(let ranges)? = time["quickRanges"], !ranges.isEmpty { picker["quick_ranges"] = .array(ranges) }
        if !picker.isEmpty { dashboard["timepicker"] = .object(picker) }
    }

    // MARK: Layouts

    /// The classic panels of `layout`: a GridLayout's or a RowsLayout's.
    private func panels(_ layout: JSON, _ path: JSONPath, elements: JSONObject, elementsPath: JSONPath, placed: inout Set<String>) throws -> [JSON] {
        let (kind, spec) = try kindAndSpec(layout, path)
        switch kind {
        case "GridLayout":
            return try gridPanels(spec, path.appending("spec"), top: 0, elements: elements, elementsPath: elementsPath, placed: &placed).panels
        case "RowsLayout":
            var panels: [JSON] = []
            var top = 0
            let rowsPath = path.appending("spec").appending("rows")
            for (index, rowJSON) in try array(spec["rows"], rowsPath).enumerated() {
                let rowPath = rowsPath.appending(index)
                let (rowKind, row) = try kindAndSpec(rowJSON, rowPath)
                guard rowKind == "RowsLayoutRow" else { throw ImportError(file: file, path: rowPath.appending("kind"), message: "expected \"RowsLayoutRow\", found \"\(rowKind)\"") }
                let rowSpecPath = rowPath.appending("spec")
                let title = row["title"]?.stringValue ?? ""
                let innerPath = rowSpecPath.appending("layout")
                let (innerKind, inner) = try kindAndSpec(row["layout"] ?? .null, innerPath)
                guard innerKind == "GridLayout" else { throw refusal(innerKind, innerPath, within: "a row") }
                // Grafana: only a first row without a title and with its header hidden stands for
                // the panels above the first row.
                if index == 0, row["hideHeader"]?.boolValue == true, title.isEmpty {
                    let loose = try gridPanels(inner, innerPath.appending("spec"), top: top, elements: elements, elementsPath: elementsPath, placed: &placed)
                    panels += loose.panels
                    top = max(top, loose.bottom)
                    continue
                }
                guard top < GridBounds.rows else {
                    throw GridBounds.tooLow("the rows above it end \(top) grid rows down", at: rowPath, file: file)
                }
                let collapsed = row["collapse"]?.boolValue ?? false
                let children = try gridPanels(inner, innerPath.appending("spec"), top: top + 1, elements: elements, elementsPath: elementsPath, placed: &placed)
                var rowPanel: JSONObject = [
                    "collapsed": .bool(collapsed), "gridPos": ["h": 1, "w": 24, "x": 0, "y": .int(top)],
                    "panels": .array(collapsed ? children.panels : []), "title": .string(title), "type": "row",
                ]
                if let variable = row["repeat"]?["value"]?.stringValue, !variable.isEmpty { rowPanel["repeat"] = .string(variable) }
                panels.append(.object(rowPanel))
                if !collapsed { panels += children.panels }
                top = collapsed ? top + 1 : max(top + 1, children.bottom)
            }
            return panels
        default:
            throw refusal(kind, path, within: "the dashboard")
        }
    }

    /// Why `kind` at `path` cannot be imported, and what to do instead.
    private func refusal(_ kind: String, _ path: JSONPath, within place: String) -> ImportError {
        let what: String
        switch kind {
        case "TabsLayout": what = "a TabsLayout (tabs) has no form in the classic dashboard model Graft writes (Grafana turns each tab into a row there)"
        case "AutoGridLayout": what = "an AutoGridLayout (panels placed automatically) has no form in the classic dashboard model Graft writes (Grafana gives each panel a fixed place there)"
        case "RowsLayout": what = "rows inside a row have no form in the classic dashboard model Graft writes (Grafana puts them one after another there)"
        default: return ImportError(file: file, path: path.appending("kind"), message: "expected \"GridLayout\" or \"RowsLayout\" in \(place), found \"\(kind)\"")
        }
        return ImportError(file: file, path: path, message: what + "; " + SchemaV2Conversion.exportAdvice)
    }

    /// The panels of a GridLayout `spec`, their `y` moved down by `top`, and the grid row below the lowest.
    private func gridPanels(_ spec: JSONObject, _ path: JSONPath, top: Int, elements: JSONObject, elementsPath: JSONPath,
                            placed: inout Set<String>) throws -> (panels: [JSON], bottom: Int) {
        var panels: [JSON] = []
        var bottom = top
        let itemsPath = path.appending("items")
        for (index, itemJSON) in try array(spec["items"] ?? [], itemsPath).enumerated() {
            let itemPath = itemsPath.appending(index).appending("spec")
            let (_, item) = try kindAndSpec(itemJSON, itemsPath.appending(index))
            let name = try string(item["element"]?["name"], itemPath.appending("element").appending("name"))
            guard let element = elements[name] else {
                throw ImportError(file: file, path: itemPath.appending("element").appending("name"), message: "no element \"\(name)\" in \(elementsPath)")
            }
            placed.insert(name)
            let x = try gridMember(item, "x", "x", itemPath), width = try gridMember(item, "width", "w", itemPath)
            let height = try gridMember(item, "height", "h", itemPath), y = try gridMember(item, "y", "y", itemPath) + top
            guard y <= GridBounds.rows else {
                throw GridBounds.tooLow("the rows above put it \(y) grid rows down", at: itemPath.appending("y"), file: file)
            }
            var panel = try self.panel(element, elementsPath.appending(name))
            panel["gridPos"] = ["h": .int(height), "w": .int(width), "x": .int(x), "y": .int(y)]
            if case .object(let repeatOptions)? = item["repeat"], let variable = repeatOptions["value"]?.stringValue, !variable.isEmpty {
                panel["repeat"] = .string(variable)
                if let direction = repeatOptions["direction"] { panel["repeatDirection"] = direction }
                if let maxPerRow = repeatOptions["maxPerRow"] { panel["maxPerRow"] = maxPerRow }
            }
            panels.append(.object(panel))
            bottom = max(bottom, y + height)
        }
        return (panels, bottom)
    }

    /// Row panels have no id in v2; Grafana numbers them after the highest panel id, in order.
    private static func numberRows(_ panels: inout [JSON]) {
        func id(_ panel: JSON) -> Int { panel["id"]?.numberValue?.intValue ?? 0 }
        let highest = panels.flatMap { [id($0)] + ($0["panels"]?.arrayValue ?? []).map(id) }.max() ?? 0
        var next = highest + 1
        for index in panels.indices where panels[index]["type"] == "row" {
            guard case .object(var row) = panels[index] else { continue }
            row["id"] = .int(next)
            next += 1
            panels[index] = .object(row)
        }
    }

    // MARK: Panels

    /// The classic panel (without `gridPos`) of the Panel or LibraryPanel `element`.
    private func panel(_ element: JSON, _ path: JSONPath) throws -> JSONObject {
        let (kind, spec) = try kindAndSpec(element, path)
        let specPath = path.appending("spec")
        var panel = JSONObject()
        panel["id"] = .int(try int(spec["id"], specPath.appending("id")))
        _ = try GrafanaPanelIDs.checked(panel["id"], at: specPath.appending("id"), file: file)
        panel["title"] = spec["title"] ?? ""
        if kind == "LibraryPanel" {
            // v2 does not say the library panel's plugin; Grafana's v2 → v1 conversion writes this type.
            panel["type"] = "library-panel-ref"
            panel["libraryPanel"] = .object(try object(spec["libraryPanel"], specPath.appending("libraryPanel"), "the library panel's uid and name"))
            return panel
        }
        guard kind == "Panel" else { throw ImportError(file: file, path: path.appending("kind"), message: "expected \"Panel\" or \"LibraryPanel\", found \"\(kind)\"") }
        if let description = spec["description"]?.stringValue, !description.isEmpty { panel["description"] = .string(description) }
        if let transparent = spec["transparent"] { panel["transparent"] = transparent }
        if case .array(let links)? = spec["links"], !links.isEmpty { panel["links"] = .array(links) }

        let vizPath = specPath.appending("vizConfig")
        let viz = try object(spec["vizConfig"], vizPath, "the visualization (kind, group, spec)")
        panel["type"] = .string(try string(apiVersion == "v2alpha1" ? viz["kind"] : viz["group"], vizPath.appending(apiVersion == "v2alpha1" ? "kind" : "group")))
        let vizSpec = viz["spec"]?.objectValue ?? JSONObject()
        let pluginVersion = apiVersion == "v2alpha1" ? vizSpec["pluginVersion"] : viz["version"]
        if let version = pluginVersion?.stringValue, !version.isEmpty { panel["pluginVersion"] = .string(version) }
        if let options = vizSpec["options"] { panel["options"] = options }
        if let fieldConfig = vizSpec["fieldConfig"] { panel["fieldConfig"] = fieldConfig }

        let dataPath = specPath.appending("data").appending("spec")
        let data = spec["data"]?["spec"]?.objectValue ?? JSONObject()
        var targets: [JSON] = []
        var datasources: [DataSourceRef?] = []
        for (index, query) in try array(data["queries"] ?? [], dataPath.appending("queries")).enumerated() {
            let (target, datasource) = try self.target(query, dataPath.appending("queries").appending(index))
            targets.append(.object(target))
            datasources.append(datasource)
        }
        // One datasource for every query is the panel's; different ones make it mixed.
        if let first = datasources.first {
            let shared = datasources.allSatisfy { $0 == first } ? first : .mixed
            if let shared { panel["datasource"] = shared.jsonValue }
        }
        panel["targets"] = .array(targets)
        if case .array(let transformations)? = data["transformations"], !transformations.isEmpty {
            panel["transformations"] = .array(transformations.map { $0["spec"] ?? $0 })
        }
        if case .object(let options)? = data["queryOptions"] {
            for key in ["cacheTimeout", "maxDataPoints", "interval", "hideTimeOverride", "queryCachingTTL", "timeFrom", "timeShift"] {
                if let value = options[key] { panel[key] = value }
            }
        }
        return panel
    }

    /// A PanelQuery as a classic target, and the datasource it names.
    private func target(_ query: JSON, _ path: JSONPath) throws -> (JSONObject, DataSourceRef?) {
        let (_, spec) = try kindAndSpec(query, path)
        let queryPath = path.appending("spec").appending("query")
        let dataQuery = try object(spec["query"], queryPath, "the query (kind, group, datasource, spec)")
        var target = JSONObject()
        for member in dataQuery["spec"]?.objectValue ?? JSONObject() {
            // v2 keeps a query that was a bare string under this key.
            if member.key == "__legacyStringValue" { target["query"] = member.value } else { target[member.key] = member.value }
        }
        target["refId"] = spec["refId"] ?? ""
        if spec["hidden"]?.boolValue == true { target["hide"] = true }
        let datasource = self.datasource(dataQuery, explicit: spec["datasource"])
        if let datasource { target["datasource"] = datasource.jsonValue }
        return (target, datasource)
    }

    /// The datasource a v2 query names: v2beta1/v2 `{group: type, datasource: {name: uid}}`,
    /// v2alpha1 `{kind: type}` with the reference beside the query; the type alone without a uid.
    private func datasource(_ dataQuery: JSONObject, explicit: JSON?) -> DataSourceRef? {
        let type = (apiVersion == "v2alpha1" ? dataQuery["kind"] : dataQuery["group"])?.stringValue
        let uid = apiVersion == "v2alpha1" ? explicit?["uid"]?.stringValue : dataQuery["datasource"]?["name"]?.stringValue
        if let uid, !uid.isEmpty { return DataSourceRef(type: explicit?["type"]?.stringValue ?? type, uid: uid) }
        if let type, !type.isEmpty { return DataSourceRef(type: type, uid: nil) }
        return nil
    }

    // MARK: Variables and annotations

    /// The classic variable of each v2 kind whose conversion is known, by its kind.
    static let variableTypes = ["QueryVariable": "query", "CustomVariable": "custom", "ConstantVariable": "constant",
                                "DatasourceVariable": "datasource", "IntervalVariable": "interval", "TextVariable": "textbox",
                                "AdhocVariable": "adhoc", "GroupByVariable": "groupby"]
    /// v2's names of the classic `hide` numbers.
    static let hideValues = ["dontHide": 0, "hideLabel": 1, "hideVariable": 2]
    /// v2's names of the classic `refresh` numbers.
    static let refreshValues = ["never": 0, "onDashboardLoad": 1, "onTimeRangeChanged": 2]
    /// v2's names of the classic `sort` numbers.
    static let sortValues = ["disabled": 0, "alphabeticalAsc": 1, "alphabeticalDesc": 2, "numericalAsc": 3, "numericalDesc": 4,
                             "alphabeticalCaseInsensitiveAsc": 5, "alphabeticalCaseInsensitiveDesc": 6, "naturalAsc": 7, "naturalDesc": 8]

    /// A v2 variable as a classic one: its members, the enums as numbers, its query and datasource as the classic model has them.
    private func variable(_ variable: JSON, _ path: JSONPath) throws -> JSON {
        let (kind, spec) = try kindAndSpec(variable, path)
        let specPath = path.appending("spec")
        guard let type = SchemaV2Conversion.variableTypes[kind] else {
            throw ImportError(file: file, path: path.appending("kind"), message: "Graft does not convert a \(kind) from the v2 schema yet (it converts "
                + SchemaV2Conversion.variableTypes.keys.sorted().joined(separator: ", ") + "); " + SchemaV2Conversion.exportAdvice)
        }
        var result = JSONObject()
        result["type"] = .string(type)
        for member in spec {
            switch member.key {
            case "hide": result["hide"] = .int(kind == "ConstantVariable" ? 2 : try enumValue(member.value, SchemaV2Conversion.hideValues, specPath.appending("hide")))
            case "refresh": result["refresh"] = .int(try enumValue(member.value, SchemaV2Conversion.refreshValues, specPath.appending("refresh")))
            case "sort": result["sort"] = .int(try enumValue(member.value, SchemaV2Conversion.sortValues, specPath.appending("sort")))
            case "pluginId" where kind == "DatasourceVariable": result["query"] = member.value
            case "query" where kind == "QueryVariable":
                let dataQuery = try object(member.value, specPath.appending("query"), "the query (kind, group, datasource, spec)")
                let querySpec = dataQuery["spec"]?.objectValue ?? JSONObject()
                result["query"] = querySpec["__legacyStringValue"] ?? .object(querySpec)
                if let datasource = datasource(dataQuery, explicit: spec["datasource"]) { result["datasource"] = datasource.jsonValue }
            case "datasource" where kind == "QueryVariable":
                continue
            case "datasource" where kind == "AdhocVariable" || kind == "GroupByVariable":
                // v2alpha1 keeps the reference in the spec; later versions beside it (below).
                result["datasource"] = member.value
            default: result[member.key] = member.value
            }
        }
        if kind == "AdhocVariable" || kind == "GroupByVariable", result["datasource"] == nil, let type = variable["group"]?.stringValue {
            let uid = variable["datasource"]?["name"]?.stringValue
            result["datasource"] = DataSourceRef(type: type, uid: uid?.isEmpty == false ? uid : nil).jsonValue
        }
        // Grafana shows a constant only when hidden; v2 leaves hide out for it.
        if kind == "ConstantVariable" { result["hide"] = 2 }
        return .object(result)
    }

    /// A v2 annotation query as a classic one.
    private func annotation(_ annotation: JSON, _ path: JSONPath) throws -> JSON {
        let (_, spec) = try kindAndSpec(annotation, path)
        var result = JSONObject()
        for key in ["name", "enable", "hide", "iconColor"] { if let value = spec[key] { result[key] = value } }
        if spec["builtIn"]?.boolValue == true {
            result["builtIn"] = 1
            result["type"] = "dashboard"
        }
        if case .object(let dataQuery)? = spec["query"] {
            if let datasource = datasource(dataQuery, explicit: spec["datasource"]) { result["datasource"] = datasource.jsonValue }
            if case .object(let target)? = dataQuery["spec"], !target.isEmpty { result["target"] = .object(target) }
        }
        if let filter = spec["filter"] { result["filter"] = filter }
        if let mappings = spec["mappings"] { result["mappings"] = mappings }
        // v2 keeps the classic members it has no field for here; they go back to the top.
        for member in spec["legacyOptions"]?.objectValue ?? JSONObject() where result[member.key] == nil && member.key != "placement" {
            result[member.key] = member.value
        }
        return .object(result)
    }

    // MARK: Reading

    /// The `kind` and `spec` of a v2 `{kind, spec}` object.
    private func kindAndSpec(_ value: JSON, _ path: JSONPath) throws -> (String, JSONObject) {
        let object = try self.object(value, path, "a v2 {\"kind\": ..., \"spec\": ...} object")
        let kind = try string(object["kind"], path.appending("kind"))
        return (kind, try self.object(object["spec"], path.appending("spec"), "the \(kind)'s members"))
    }

    private func object(_ value: JSON?, _ path: JSONPath, _ what: String) throws -> JSONObject {
        guard case .object(let object)? = value else { throw mismatch(value, path, "an object (\(what))") }
        return object
    }

    private func array(_ value: JSON?, _ path: JSONPath) throws -> [JSON] {
        guard case .array(let array)? = value else { throw mismatch(value, path, "an array") }
        return array
    }

    private func string(_ value: JSON?, _ path: JSONPath) throws -> String {
        guard let string = value?.stringValue else { throw mismatch(value, path, "a string") }
        return string
    }

    private func int(_ value: JSON?, _ path: JSONPath) throws -> Int {
        guard let int = value?.numberValue?.intValue else { throw mismatch(value, path, "an integer") }
        return int
    }

    /// The grid item member `key` (the classic gridPos's `member`), an integer within `GridBounds`.
    private func gridMember(_ item: JSONObject, _ key: String, _ member: String, _ path: JSONPath) throws -> Int {
        try GridBounds.checked(try int(item[key], path.appending(key)), member, at: path.appending(key), file: file)
    }

    /// The classic number of the v2 enum name `value`.
    private func enumValue(_ value: JSON, _ names: [String: Int], _ path: JSONPath) throws -> Int {
        guard let name = value.stringValue, let number = names[name] else {
            throw mismatch(value, path, "one of " + names.sorted { $0.value < $1.value }.map { "\"\($0.key)\"" }.joined(separator: ", "))
        }
        return number
    }

    private func mismatch(_ value: JSON?, _ path: JSONPath, _ expected: String) -> ImportError {
        ImportError(file: file, path: path, message: "expected \(expected), found \(value.map { $0.stringValue.map { "\"\($0)\"" } ?? $0.kindDescription } ?? "nothing")")
    }
}
