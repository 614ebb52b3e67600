import GraftModel

/// The top-level layout Grafana's frontend makes of a dashboard when it loads it, and saves back:
/// its dashboard model sorts the panels by position (`sortPanelsByGridPos`: by `y`, then `x`, a
/// stable sort), and its grid (react-grid-layout, vertical compaction; `DashboardGrid` and the
/// scenes' `SceneGridLayout` alike) moves each panel up as far as nothing is above it and down off
/// any panel it overlaps, then hands the new positions back to the model, which sorts again. Rows
/// take a full-width line of height 1; a folded row's panels are not on the grid.
///
/// The importer writes a dashboard this way when the file as it is cannot be written in the DSL
/// (a panel above its row's header, panels sharing cells): the Swift then renders what Grafana
/// itself would save.
enum GrafanaLoadedLayout {
    /// One item on the grid: where it is, and which panel it is.
    private struct Item {
        var panel: Int
        var x: Int, y: Int, w: Int, h: Int
        func collides(_ other: Item) -> Bool {
            panel != other.panel && x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h
        }
    }

    /// `panels` as Grafana lays them out on load; `nil` when that changes nothing.
    static func loaded(_ panels: [PanelModel]) -> [PanelModel]? {
        guard panels.allSatisfy({ $0.gridPos != nil }) else { return nil }
        var result = sortedByPosition(panels)
        var items = result.indices.map { index -> Item in
            let position = result[index].gridPos!
            return result[index].isRow ? Item(panel: index, x: position.x, y: position.y, w: GridPos.columns, h: 1)
                : Item(panel: index, x: position.x, y: position.y, w: position.w, h: position.h)
        }
        compact(&items)
        for item in items {
            result[item.panel].gridPos!.x = item.x
            result[item.panel].gridPos!.y = item.y
            result[item.panel].gridPos!.w = item.w
            result[item.panel].gridPos!.h = item.h
        }
        result = sortedByPosition(result)
        return result == panels ? nil : result
    }

    /// For the person importing: why the layout was changed, and what moved.
    static func note(before: [PanelModel], after: [PanelModel], because error: ImportError) -> String {
        func name(_ panel: PanelModel) -> String { (panel.isRow ? "row" : "panel") + " \"\(panel.title ?? "")\"" + (panel.id.map { " (id \($0))" } ?? "") }
        func place(_ position: GridPos?) -> String { position.map { "x \($0.x), y \($0.y)" } ?? "nowhere" }
        var moves: [String] = []
        for panel in after {
            guard let old = before.first(where: { $0.id == panel.id && $0.title == panel.title && $0.type == panel.type }) else { continue }
            if old.gridPos != panel.gridPos { moves.append("\(name(panel)) \(place(old.gridPos)) → \(place(panel.gridPos))") }
        }
        let reordered = before.map(\.id) != after.map(\.id) ? "the panels sorted by position" : ""
        let changes = [reordered, moves.isEmpty ? "" : "moved: " + moves.joined(separator: "; ")].filter { !$0.isEmpty }.joined(separator: ", ")
        return "as the file is, it cannot be written in the DSL (\((error.path.map { "\($0): " } ?? "") + error.message)); "
            + "Graft writes it as Grafana lays it out when it loads it and saves it back (sorted by position, moved up into empty "
            + "space and down off each other, as its grid does): " + changes
    }

    /// A stable sort by `y`, then `x`.
    private static func sortedByPosition(_ panels: [PanelModel]) -> [PanelModel] {
        panels.enumerated().sorted { a, b in
            let (p, q) = (a.element.gridPos!, b.element.gridPos!)
            return (p.y, p.x, a.offset) < (q.y, q.x, b.offset)
        }.map(\.element)
    }

    /// react-grid-layout's vertical compaction: items in order of row, then column; each moves up
    /// while nothing compacted before it is in the way, then down below whatever it collides with,
    /// pushing the items after it that it would then collide with further down.
    private static func compact(_ items: inout [Item]) {
        var order = items.indices.sorted { (items[$0].y, items[$0].x) < (items[$1].y, items[$1].x) }.map { items[$0] }
        var compacted: [Item] = []
        for index in order.indices {
            var item = order[index]
            item.y = min(compacted.map { $0.y + $0.h }.max() ?? 0, item.y)
            if item.y > 0 { item.y = climbed(item, past: compacted) }
            while let collision = compacted.first(where: item.collides) {
                resolveCollision(&order, &item, at: index, moveTo: collision.y + collision.h)
            }
            item.y = max(item.y, 0)
            compacted.append(item)
            order[index] = item
        }
        for item in order { items[items.firstIndex { $0.panel == item.panel }!] = item }
    }

    /// Where `item` stops moving up one row at a time while it collides with none of `compacted`
    /// (react-grid-layout's loop), found in one step: the lowest row at or above its own where it
    /// collides with one of them, or row 0.
    private static func climbed(_ item: Item, past compacted: [Item]) -> Int {
        var stop = 0
        for other in compacted {
            // The rows where `item` collides with `other` run up from `other`'s bottom row; the lowest of them at or above `item.y`.
            var candidate = item
            candidate.y = min(item.y, other.y + other.h - 1)
            if candidate.y > stop, candidate.collides(other) { stop = candidate.y }
        }
        return stop
    }

    /// Moves `item` (at `index` of `order`) down to `moveTo`, first pushing down the later items it
    /// would collide with one row lower.
    private static func resolveCollision(_ order: inout [Item], _ item: inout Item, at index: Int, moveTo: Int) {
        item.y += 1
        var next = index + 1
        while next < order.count {
            if order[next].y > item.y + item.h { break }
            if item.collides(order[next]) {
                var other = order[next]
                resolveCollision(&order, &other, at: next, moveTo: moveTo + item.h)
                order[next] = other
            }
            next += 1
        }
        item.y = moveTo
    }
}
