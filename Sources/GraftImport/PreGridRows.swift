import GraftJSON
import GraftModel

/// Grafana's upgrade of a pre-grid dashboard (schemaVersion below 16: `rows`, each holding
/// `panels` sized by `span` on 12 columns, the row's `height` in pixels) to the grid, done as its
/// dashboard migrator does it on load (schema versions 14 to 16): `sharedCrosshair` becomes
/// `graphTooltip`; every panel gets a `gridPos` (width `span` × 2 of 24 columns, height from
/// pixels in 38 px steps, at least 90 px; each placed in its row's area, wrapping below when the
/// row is full); a panel without an id gets the next one; when any row is folded, repeated or
/// shows its title, each row becomes a row panel (a folded one carrying its panels); the
/// iterations of a repeated row are dropped. The result is at schemaVersion 16, so Grafana still
/// runs its later migrations (`minSpan` → `maxPerRow` at 17...) on load as it would have; panel
/// types stay what they were (`graph`, `singlestat`...): turning them into their React
/// successors is a separate, optional step in Grafana too.
enum PreGridRows {
    /// The grid height of one row (30 px) and the margin below it (8 px).
    static let cellHeight = 30, cellMargin = 8
    /// Grafana's defaults for the old layout: a row 250 px high, a panel 4 of 12 columns wide,
    /// no panel lower than 3 cells.
    static let defaultRowHeight = 250, defaultSpan = 4, minimumPanelHeight = 3 * cellHeight
    /// The old grid's columns.
    static let oldColumns = 12
    /// The schema version the grid arrived with.
    static let gridSchemaVersion = 16

    /// Whether `dashboard` is laid out in pre-grid rows Grafana upgrades on load.
    static func applies(to dashboard: JSONObject) -> Bool {
        guard case .array? = dashboard["rows"] else { return false }
        return (dashboard["schemaVersion"]?.numberValue?.doubleValue ?? 0) < Double(gridSchemaVersion)
    }

    /// Upgrades `dashboard` (at `root` of `file`) as Grafana does on load; throws for what Grafana
    /// itself fails to load; adds a note of what changed.
    static func upgrade(_ dashboard: inout JSONObject, at root: JSONPath, file: String, notes: inout [String]) throws {
        guard case .array(let rows)? = dashboard["rows"] else { return }
        let version = dashboard["schemaVersion"]?.numberValue?.doubleValue ?? 0
        if version < 14 {
            dashboard["graphTooltip"] = .int(dashboard["sharedCrosshair"]?.boolValue == true ? 1 : 0)
            dashboard["sharedCrosshair"] = nil
        }
        let rowObjects = rows.map { $0.objectValue ?? JSONObject() }
        var largestID = 0
        for (rowIndex, row) in rowObjects.enumerated() {
            for (index, panel) in panels(row).enumerated() {
                let path = root.appending("rows").appending(rowIndex).appending("panels").appending(index).appending("id")
                largestID = max(largestID, try GrafanaPanelIDs.checked(panel["id"], at: path, file: file) ?? 0)
            }
        }
        var nextID = largestID + 1
        let showRows = rowObjects.contains { row in
            row["collapse"]?.boolValue == true || row["showTitle"]?.boolValue == true || !(row["repeat"]?.stringValue ?? "").isEmpty
        }
        var result = dashboard["panels"]?.arrayValue ?? []
        var top = 0
        var assigned = 0
        for (rowIndex, row) in rowObjects.enumerated() where row["repeatIteration"].map({ $0.isNull || $0 == .bool(false) || $0 == .int(0) }) ?? true {
            let rowPath = root.appending("rows").appending(rowIndex)
            let rowHeight = try gridHeight(row["height"], at: rowPath.appending("height"), file: file)
                ?? gridHeight(.int(defaultRowHeight), at: rowPath, file: file)!
            let collapsed = row["collapse"]?.boolValue == true
            guard top < GridBounds.rows else {
                throw GridBounds.tooLow("the rows above it end \(top) grid rows down", at: rowPath, file: file)
            }
            let rowPanel = showRows ? header(of: row, at: top) : nil
            if showRows { top += 1 }
            var area = RowArea(height: rowHeight, top: top)
            var carried: [JSON] = []
            for (index, var panel) in panels(row).enumerated() {
                let panelPath = rowPath.appending("panels").appending(index)
                let span = panel["span"]?.numberValue?.doubleValue ?? 0
                // Checked before it becomes an Int: 0 (or none) is Grafana's default, anything else must fit the row.
                guard span >= 0, span.rounded(.down) <= Double(oldColumns) else {
                    throw ImportError(file: file, path: panelPath.appending("span"),
                                      message: "expected a span of 1 to \(oldColumns) (columns of the pre-grid row), found \(JavaScriptNumber.format(span)); Grafana cannot place it either")
                }
                let width = Int((span > 0 ? span : Double(defaultSpan)).rounded(.down)) * GridPos.columns / oldColumns
                let height = try gridHeight(panel["height"], at: panelPath.appending("height"), file: file) ?? rowHeight
                let place = area.place(width: width)
                guard place.y <= GridBounds.rows - height else {
                    throw GridBounds.tooLow("the rows above it end \(place.y) grid rows down, and the panel is \(height) high", at: panelPath, file: file)
                }
                if let minSpan = panel["minSpan"]?.numberValue?.doubleValue, minSpan > 0 {
                    panel["minSpan"] = .double(min(Double(GridPos.columns), Double(GridPos.columns / oldColumns) * minSpan))
                }
                if panel["id"] == nil || panel["id"]?.isNull == true {
                    panel["id"] = .int(nextID)
                    nextID += 1
                    assigned += 1
                }
                panel["gridPos"] = gridPos(h: height, w: width, x: place.x, y: place.y)
                panel["span"] = nil
                area.add(x: place.x, y: place.y, w: width, h: height)
                top = area.top
                if rowPanel != nil && collapsed { carried.append(.object(panel)) } else { result.append(.object(panel)) }
            }
            if var header = rowPanel {
                header["id"] = .int(nextID)
                nextID += 1
                header["panels"] = .array(carried)
                result.append(.object(header))
            }
            if !(rowPanel != nil && collapsed) { top += rowHeight }
        }
        // Grafana's dashboard model sorts the panels by position once migrated (a row before its panels).
        let sorted = result.enumerated().sorted { a, b in
            let (p, q) = (a.element["gridPos"], b.element["gridPos"])
            func key(_ position: JSON?) -> (Int, Int) { (position?["y"]?.numberValue?.intValue ?? 0, position?["x"]?.numberValue?.intValue ?? 0) }
            return (key(p).0, key(p).1, a.offset) < (key(q).0, key(q).1, b.offset)
        }.map(\.element)
        dashboard["panels"] = .array(sorted)
        dashboard["rows"] = nil
        if version >= 14 { dashboard["schemaVersion"] = .int(gridSchemaVersion) }
        var note = "the dashboard has the pre-grid layout (schemaVersion \(JavaScriptNumber.format(version)), \"rows\" of \"span\"s); "
            + "Graft writes it as Grafana upgrades it on load: panels on the 24-column grid (span × 2, heights in grid rows), "
            + (showRows ? "each row a row panel" : "no row panels (no row is folded, repeated or shows its title)")
        if assigned > 0 { note += ", \(assigned) panel\(assigned == 1 ? "" : "s") without an id given the next free one" }
        note += version >= 14 ? ", at schemaVersion \(gridSchemaVersion)" : "; the schemaVersion stays, so Grafana still applies its earlier migrations"
        notes.append(note + "; panel types stay as they are")
    }

    /// The row panel Grafana makes of `row` at grid row `y`: full width, one grid row high as its
    /// grid lays a row out and saves it, its id and panels given once its panels are placed.
    private static func header(of row: JSONObject, at y: Int) -> JSONObject {
        var header = JSONObject()
        header["collapsed"] = row["collapse"]
        header["gridPos"] = gridPos(h: 1, w: GridPos.columns, x: 0, y: y)
        header["panels"] = .array([])
        // Grafana (its scenes, 11 on) saves a row's repeat only when it has one.
        if let repeated = row["repeat"]?.stringValue, !repeated.isEmpty { header["repeat"] = .string(repeated) }
        header["title"] = row["title"] ?? .string("")
        header["type"] = .string("row")
        return header
    }

    /// A row's panels, as objects.
    private static func panels(_ row: JSONObject) -> [JSONObject] {
        (row["panels"]?.arrayValue ?? []).compactMap(\.objectValue)
    }

    /// `{"h":, "w":, "x":, "y":}`.
    private static func gridPos(h: Int, w: Int, x: Int, y: Int) -> JSON {
        .object(JSONObject([("h", .int(h)), ("w", .int(w)), ("x", .int(x)), ("y", .int(y))]))
    }

    /// The grid rows a height in pixels (a number, or a string like `"250px"`; at `path` of `file`)
    /// takes; `nil` when there is none (absent, 0, not a number), as Grafana then takes the row's.
    /// Throws for more than `GridBounds.rows` grid rows.
    static func gridHeight(_ value: JSON?, at path: JSONPath, file: String) throws -> Int? {
        var pixels: Double?
        switch value {
        case .number(let number)?: pixels = number.doubleValue
        case .string(let text)?:
            // As JavaScript's parseInt reads "250px": the leading sign and digits.
            let trimmed = text.drop { $0 == " " }
            let sign = trimmed.first == "-" || trimmed.first == "+" ? 1 : 0
            pixels = Double(trimmed.prefix(sign + trimmed.dropFirst(sign).prefix { $0.isASCII && $0.isNumber }.count))
        default: pixels = nil
        }
        guard let pixels, pixels != 0, !pixels.isNaN else { return nil }
        let rows = (max(pixels, Double(minimumPanelHeight)) / Double(cellHeight + cellMargin)).rounded(.up)
        guard rows <= Double(GridBounds.rows) else {
            throw ImportError(file: file, path: path, message: "expected a height of at most \(GridBounds.rows * (cellHeight + cellMargin)) px "
                + "(\(GridBounds.rows) grid rows, far beyond any dashboard), found \(JavaScriptNumber.format(pixels)) px")
        }
        return Int(rows)
    }

    /// One old row being filled: for each column, how far down from the row's top it is taken;
    /// when a panel does not fit beside the others the area starts again one row height lower.
    private struct RowArea {
        var columns = [Int](repeating: 0, count: GridPos.columns)
        var height: Int
        var top: Int

        init(height: Int, top: Int) {
            self.height = height
            self.top = top
        }

        /// Where a panel `width` wide goes: the run of columns with room at the right end, leftwards
        /// while each stands no lower than the one to its right, at the lowest of their tops; when
        /// it is too narrow, the area starts again one row height lower.
        mutating func place(width: Int) -> (x: Int, y: Int) {
            var end: Int?
            var start: Int?
            for index in stride(from: GridPos.columns - 1, through: 0, by: -1) {
                guard height - columns[index] > 0 else { break }
                if end == nil { end = index } else if columns[index] <= columns[index + 1] { start = index } else { break }
            }
            if let start, let end, end - start >= width - 1 { return (start, top + columns[start...].max()!) }
            top += height
            columns = [Int](repeating: 0, count: GridPos.columns)
            return (0, top)
        }

        /// Marks the cells a panel takes.
        mutating func add(x: Int, y: Int, w: Int, h: Int) {
            for column in x..<min(x + w, GridPos.columns) { columns[column] = max(columns[column], y + h - top) }
        }
    }
}
