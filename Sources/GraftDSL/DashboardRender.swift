import GraftJSON
import GraftModel

extension Dashboard {
    /// The dashboard as Grafana saves it: panels laid out on the grid, ids given, datasources and
    /// query letters filled in, and — when it asks for datasource inputs — the export header.
    /// Throws a `RenderError` naming the panel for a size or position off the grid, an overlap,
    /// a duplicate id or an empty title.
    ///
    /// Rendering is the hot path: panels are moved, not copied, into the result (a dashboard still
    /// used afterwards is copied once by the caller), and error messages are built only on error.
    public consuming func render() throws -> DashboardModel {
        do {
            return try layOut()
        } catch let failure as LayoutFailure {
            let problem: String
            switch failure.problem {
            case .text(let text):
                problem = text
            case let .overlap(other, at):
                problem = "overlaps \(label(other)) (x \(at.x), y \(at.y), w \(at.w), h \(at.h))"
            case let .duplicateID(id, other):
                problem = "id \(id) is also the id of \(label(other))"
            }
            throw RenderError(dashboard: model.title ?? "", panel: label(failure.location), problem: problem)
        }
    }

    /// A problem with the panel at `location`, named in a `RenderError` once the layout has stopped
    /// (the names are looked up only then, and only on error).
    struct LayoutFailure: Error {
        enum Problem {
            case text(String)
            case overlap(PanelLocation, GridPos)
            case duplicateID(Int, PanelLocation)
        }
        var location: PanelLocation
        var problem: Problem

        init(_ location: PanelLocation, _ problem: Problem) {
            self.location = location
            self.problem = problem
        }
    }

    /// Moves the panels out of the code's rows into the saved model, laid out and completed.
    private mutating func layOut() throws -> DashboardModel {
        if let stray = strayPanel {
            let outside = stray.folded ? ", or in its .loosePanelsBelow { } to show it below the folded row, outside it" : ""
            throw LayoutFailure(.loose(stray.index), .text("comes after row \"\(stray.afterRow)\": put it inside that row" + outside))
        }

        // Each panel's state is taken out of its spec to be laid out; the spec keeps what names the panel in errors.
        var looseStates = loosePanels.indices.map { loosePanels[$0].takeState() }
        // A row's states: its own panels', then those of the panels below it (a folded row's), if any.
        var rowStates = rows.indices.map { row in
            var states = rows[row].panels.indices.map { rows[row].panels[$0].takeState() }
            for index in rows[row].loosePanelsBelow.indices { states.append(rows[row].loosePanelsBelow[index].takeState()) }
            return states
        }

        // Ids set by hand must be unique.
        var explicit: [Int: PanelLocation] = [:]
        let rowPanelCount = rowStates.reduce(0) { $0 + $1.count }
        explicit.reserveCapacity(looseStates.count + rows.count + rowPanelCount)
        func claim(_ id: Int?, _ location: PanelLocation) throws {
            guard let id else { return }
            if let other = explicit.updateValue(location, forKey: id) { throw LayoutFailure(location, .duplicateID(id, other)) }
        }
        for index in looseStates.indices { try claim(looseStates[index].model.id, .loose(index)) }
        for row in rows.indices {
            try claim(rows[row].model.id, .row(row))
            let own = rows[row].panels.count
            for index in rowStates[row].indices {
                try claim(rowStates[row][index].model.id, index < own ? .panel(row: row, index) : .below(row: row, index - own))
            }
        }
        var ids = PanelIDs(explicit: Set(explicit.keys))

        // Lay out the panels above the first row, then each row and its panels.
        var panels: [PanelModel] = []
        panels.reserveCapacity(loosePanels.count + rows.count + rowPanelCount)
        var expanded: [(GridPos, PanelLocation)] = []
        var layout = GridLayout(top: 0)
        for index in looseStates.indices {
            let gridPos = try Dashboard.finish(&looseStates[index], of: loosePanels[index].kind, at: .loose(index), in: &layout, defaultSize: nil,
                                               rowTitle: nil, datasource: defaultDatasource, ids: &ids, into: &panels)
            expanded.append((gridPos, .loose(index)))
        }
        var top = layout.bottom
        for row in rows.indices {
            var rowModel = PanelModel(type: "row")
            rowModel.title = rows[row].model.title
            swap(&rowModel, &rows[row].model)
            rowModel.gridPos = GridPos(h: 1, w: GridPos.columns, x: 0, y: top)
            if !rowModel.hasID { rowModel.id = ids.assign(row: nil, title: rowModel.title ?? "") }
            // An unfolded row's panels follow it; a folded row carries them.
            let collapsed = rowModel.collapsed ?? false
            var section = GridLayout(top: top + 1)
            var carried: [PanelModel] = []
            var placed: [(GridPos, PanelLocation)] = []
            if !collapsed { panels.append(rowModel) }
            for index in rows[row].panels.indices {
                let location = PanelLocation.panel(row: row, index)
                func finish(into output: inout [PanelModel]) throws -> GridPos {
                    try Dashboard.finish(&rowStates[row][index], of: rows[row].panels[index].kind, at: location, in: &section,
                                         defaultSize: rows[row].panelSize,
                                         rowTitle: rowModel.title, datasource: defaultDatasource, ids: &ids, into: &output)
                }
                placed.append((collapsed ? try finish(into: &carried) : try finish(into: &panels), location))
            }
            if collapsed {
                try Dashboard.checkOverlaps(placed)
                rowModel.panels = carried
                panels.append(rowModel)
                // Panels below a folded row, outside it: on the dashboard's grid, from the line under the header.
                var below = GridLayout(top: top + 1)
                let own = rows[row].panels.count
                for index in rows[row].loosePanelsBelow.indices {
                    let location = PanelLocation.below(row: row, index)
                    let gridPos = try Dashboard.finish(&rowStates[row][own + index], of: rows[row].loosePanelsBelow[index].kind, at: location, in: &below,
                                                       defaultSize: nil, rowTitle: nil, datasource: defaultDatasource, ids: &ids, into: &panels)
                    expanded.append((gridPos, location))
                }
                top = below.bottom
            } else {
                if !rows[row].loosePanelsBelow.isEmpty {
                    throw LayoutFailure(.below(row: row, 0), .text("is below an unfolded row, whose panels are its own: put it inside the row, or fold the row"))
                }
                expanded.append(contentsOf: placed)
                top = section.bottom
            }
        }
        try Dashboard.checkOverlaps(expanded)

        var output = model
        output.panels = panels
        if let defaultDatasource, let variables = output.variables {
            output.variables = variables.map { variable in
                var variable = variable
                if variable.datasource == nil, variable.type == .query || variable.type == .adhoc { variable.datasource = defaultDatasource }
                return variable
            }
        }
        if !inputs.isEmpty { writeExportHeader(into: &output) }
        return output
    }

    /// Where a panel is written in the code, to name it in an error.
    enum PanelLocation {
        /// The `index`th panel above the first row.
        case loose(Int)
        /// The `row`th row itself.
        case row(Int)
        /// The `index`th panel of the `row`th row.
        case panel(row: Int, Int)
        /// The `index`th panel below the `row`th row, a folded one, outside it.
        case below(row: Int, Int)

        /// Whether this panel is laid out in the same section as `other`.
        func isInSection(of other: PanelLocation) -> Bool {
            switch (self, other) {
            case (.loose, .loose): return true
            case let (.panel(row, _), .panel(otherRow, _)), let (.below(row, _), .below(otherRow, _)): return row == otherRow
            default: return false
            }
        }
    }

    /// Places a panel, checks its title, gives it its id, datasource and query letters, and moves it
    /// to the end of `output` (moved, not copied: a panel model is large). Returns where it was placed.
    private static func finish(_ state: inout PanelSpec.State, of kind: PanelKind, at location: PanelLocation, in layout: inout GridLayout,
                               defaultSize: PanelSize?, rowTitle: String?, datasource: DataSourceRef?,
                               ids: inout PanelIDs, into output: inout [PanelModel]) throws -> GridPos {
        let gridPos = try layout.place(&state, of: kind, defaultSize: defaultSize) { LayoutFailure(location, .text($0)) }
        if state.model.title?.isEmpty ?? true, !state.allowsEmptyTitle {
            throw LayoutFailure(location, .text("has an empty title (use .untitled() if that is intended)"))
        }
        // The model moves into `output` (swapped, never copied: a panel model is large).
        output.append(PanelModel(type: ""))
        let last = output.count - 1
        swap(&output[last], &state.model)
        output[last].gridPos = gridPos
        if !output[last].hasID { output[last].id = ids.assign(row: rowTitle, title: output[last].title ?? "") }
        fillQueries(of: &output[last], datasource: datasource)
        return gridPos
    }

    /// Fails on the first two panels that share a grid cell. Each section (the panels above the
    /// first row, a row's, those below a folded row) starts below the lowest edge of the one
    /// before, so only panels of one section can share a cell; `placed` holds each section's
    /// panels together, and each is checked against the earlier ones of its own section.
    private static func checkOverlaps(_ placed: [(GridPos, PanelLocation)]) throws {
        var sectionStart = placed.startIndex
        for index in placed.indices {
            let (position, location) = placed[index]
            if index > sectionStart, !location.isInSection(of: placed[index - 1].1) { sectionStart = index }
            for (other, otherLocation) in placed[sectionStart..<index] where other.overlaps(position) {
                throw LayoutFailure(location, .overlap(otherLocation, other))
            }
        }
    }

    /// Fills in the panel's datasource (the dashboard's unless it has one) and its queries' datasources and letters.
    private static func fillQueries(of panel: inout PanelModel, datasource defaultDatasource: DataSourceRef?) {
        guard panel.targets != nil else { return }
        if panel.datasource == nil { panel.datasource = defaultDatasource }
        let datasource = panel.datasource == .mixed ? nil : panel.datasource
        var next = 0
        for index in panel.targets!.indices {
            if panel.targets![index].datasource == nil { panel.targets![index].datasource = datasource }
            guard panel.targets![index].refId == nil else { continue }
            var letter = Dashboard.refId(next)
            while panel.targets!.contains(where: { $0.refId == letter }) {
                next += 1
                letter = Dashboard.refId(next)
            }
            panel.targets![index].refId = letter
        }
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
        func require(_ kind: PanelKind) {
            guard seen.insert(kind.id).inserted else { return }
            requires.append(DashboardRequirement(type: "panel", id: kind.id, name: kind.name, version: ""))
        }
        for index in loosePanels.indices { require(loosePanels[index].kind) }
        for row in rows.indices {
            for index in rows[row].panels.indices { require(rows[row].panels[index].kind) }
            for index in rows[row].loosePanelsBelow.indices { require(rows[row].loosePanelsBelow[index].kind) }
        }
        output.requires = requires.sorted { ($0.id ?? "") < ($1.id ?? "") }
    }

    /// How an error names a panel: its title, kind and row, or its place when it has no title.
    func label(_ location: PanelLocation) -> String {
        switch location {
        case .row(let row):
            return "row \"\(rows[row].model.title ?? "")\""
        case .loose(let index):
            return Dashboard.label(loosePanels[index], index: index, place: "above the first row")
        case .panel(let row, let index):
            return Dashboard.label(rows[row].panels[index], index: index, place: "row \"\(rows[row].model.title ?? "")\"")
        case .below(let row, let index):
            return Dashboard.label(rows[row].loosePanelsBelow[index], index: index, place: "below row \"\(rows[row].model.title ?? "")\", outside it")
        }
    }

    private static func label(_ spec: PanelSpec, index: Int, place: String) -> String {
        if let title = spec.model.title, !title.isEmpty { return "panel \"\(title)\" (\(spec.kind.id), \(place))" }
        return "panel \(index + 1) (\(spec.kind.id), untitled, \(place))"
    }

    /// Query letters: A...Z, then AA, AB...
    static func refId(_ index: Int) -> String {
        index < 26 ? letters[index] : refId(index / 26 - 1) + letters[index % 26]
    }

    private static let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
}
