import GraftJSON
import GraftModel

extension Dashboard {
    /// The dashboard as Grafana saves it: panels laid out on the grid, ids given, datasources and
    /// query letters filled in, and — when it asks for datasource inputs — the export header.
    /// Throws a `RenderError` naming the panel for a size or position off the grid, an overlap,
    /// a duplicate id or an empty title.
    public func render() throws -> DashboardModel {
        var output = model
        let title = model.title ?? ""
        func failure(_ label: String) -> (String) -> RenderError {
            { RenderError(dashboard: title, panel: label, problem: $0) }
        }

        // Lay out every section: the panels above the first row, then each row and its panels.
        var placedPanels: [(placed: GridLayout.Placed, row: Int?)] = []
        var rows: [(model: PanelModel, label: String)] = []
        var expandedContent: [GridLayout.Placed] = []
        var top = 0
        var looseLayout = GridLayout(top: 0)
        for item in items {
            switch item {
            case .panel(let spec):
                let label = Dashboard.label(spec, index: placedPanels.count, row: nil)
                guard rows.isEmpty else {
                    throw failure(label)("comes after row \"\(rows.last!.model.title ?? "")\": put it inside that row")
                }
                let placed = try looseLayout.place(spec, defaultSize: nil, label: label, fail: failure(label))
                placedPanels.append((placed, nil))
                expandedContent.append(placed)
                top = looseLayout.bottom
            case .row(let row):
                var rowModel = row.model
                let rowLabel = "row \"\(rowModel.title ?? "")\""
                rowModel.gridPos = GridPos(h: 1, w: GridPos.columns, x: 0, y: top)
                var layout = GridLayout(top: top + 1)
                var section: [GridLayout.Placed] = []
                for (index, spec) in row.panels.enumerated() {
                    let label = Dashboard.label(spec, index: index, row: rowModel.title)
                    section.append(try layout.place(spec, defaultSize: row.panelSize, label: label, fail: failure(label)))
                }
                let collapsed = rowModel.collapsed ?? false
                if collapsed {
                    try GridLayout.checkOverlaps(section) { failure($0.label)($1) }
                    top += 1
                } else {
                    expandedContent.append(contentsOf: section)
                    top = layout.bottom
                }
                rows.append((rowModel, rowLabel))
                placedPanels.append(contentsOf: section.map { ($0, rows.count - 1) })
            }
        }
        try GridLayout.checkOverlaps(expandedContent) { failure($0.label)($1) }

        // Ids: those set by hand must be unique; the others are derived from titles.
        var explicit: [Int: String] = [:]
        let labelled = rows.map { ($0.model.id, $0.label) } + placedPanels.map { ($0.placed.spec.model.id, $0.placed.label) }
        for case let (id?, label) in labelled {
            if let other = explicit[id] { throw failure(label)("id \(id) is also the id of \(other)") }
            explicit[id] = label
        }
        var ids = PanelIDs(explicit: Set(explicit.keys))
        for index in rows.indices where rows[index].model.id == nil {
            rows[index].model.id = ids.assign(row: nil, title: rows[index].model.title ?? "")
        }

        // Finish each panel and put it in its place: after its row, or inside it when folded.
        var topLevel: [PanelModel] = []
        var rowContent: [[PanelModel]] = Array(repeating: [], count: rows.count)
        for (placed, row) in placedPanels {
            let spec = placed.spec
            if spec.model.title?.isEmpty ?? true, !spec.allowsEmptyTitle {
                throw failure(placed.label)("has an empty title (use .untitled() if that is intended)")
            }
            var panel = spec.model
            panel.gridPos = placed.gridPos
            if panel.id == nil { panel.id = ids.assign(row: row.flatMap { rows[$0].model.title }, title: panel.title ?? "") }
            fillQueries(of: &panel)
            if let row { rowContent[row].append(panel) } else { topLevel.append(panel) }
        }
        for index in rows.indices {
            if rows[index].model.collapsed ?? false {
                rows[index].model.panels = rowContent[index]
                topLevel.append(rows[index].model)
            } else {
                topLevel.append(rows[index].model)
                topLevel.append(contentsOf: rowContent[index])
            }
        }
        output.panels = topLevel

        if let variables = output.variables, let defaultDatasource {
            output.variables = variables.map { variable in
                var variable = variable
                if variable.datasource == nil, variable.type == .query || variable.type == .adhoc { variable.datasource = defaultDatasource }
                return variable
            }
        }
        if !inputs.isEmpty { writeExportHeader(into: &output) }
        return output
    }

    /// Fills in the panel's datasource and its queries' datasources and letters.
    private func fillQueries(of panel: inout PanelModel) {
        guard var targets = panel.targets else { return }
        if panel.datasource == nil { panel.datasource = defaultDatasource }
        var used = Set(targets.compactMap(\.refId))
        var next = 0
        for index in targets.indices {
            if targets[index].datasource == nil, panel.datasource != .mixed { targets[index].datasource = panel.datasource }
            if targets[index].refId == nil {
                var letter = Dashboard.refId(next)
                while used.contains(letter) {
                    next += 1
                    letter = Dashboard.refId(next)
                }
                targets[index].refId = letter
                used.insert(letter)
            }
        }
        panel.targets = targets
    }

    /// `__inputs`, `__elements` and `__requires`, as "Export for sharing externally" writes them.
    private func writeExportHeader(into output: inout DashboardModel) {
        output.inputs = inputs.map(\.exportEntry)
        if output.elements == nil { output.elements = [:] }
        var requires = [DashboardRequirement(type: "grafana", id: "grafana", name: "Grafana", version: grafanaVersion)]
        var seen: Set<String> = ["grafana"]
        for input in inputs where seen.insert(input.pluginId).inserted {
            requires.append(DashboardRequirement(type: "datasource", id: input.pluginId, name: input.pluginName, version: input.pluginVersion))
        }
        for item in items {
            let specs: [PanelSpec]
            switch item {
            case .panel(let spec): specs = [spec]
            case .row(let row): specs = row.panels
            }
            for spec in specs where seen.insert(spec.kind.id).inserted {
                requires.append(DashboardRequirement(type: "panel", id: spec.kind.id, name: spec.kind.name, version: ""))
            }
        }
        output.requires = requires.sorted { ($0.id ?? "") < ($1.id ?? "") }
    }

    /// How an error names a panel: its title, kind and row, or its place when it has no title.
    static func label(_ spec: PanelSpec, index: Int, row: String?) -> String {
        let place = row.map { "row \"\($0)\"" } ?? "above the first row"
        if let title = spec.model.title, !title.isEmpty { return "panel \"\(title)\" (\(spec.kind.id), \(place))" }
        return "panel \(index + 1) (\(spec.kind.id), untitled, \(place))"
    }

    /// Query letters: A...Z, then AA, AB...
    static func refId(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : refId(index / 26 - 1) + String(letters[index % 26])
    }
}
