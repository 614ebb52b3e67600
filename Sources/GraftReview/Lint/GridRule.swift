import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// The grid checks for dashboards read from JSON (the DSL refuses these when it renders): every
/// panel has a position inside the 24 columns, and no two panels shown together share a cell —
/// the top-level panels with each unfolded row's panels, and each folded row's panels among themselves.
enum GridRule {
    static func check(_ dashboard: DashboardModel, at place: LintPlace) -> [LintFinding] {
        var findings: [LintFinding] = []
        var groups: [[PanelModel]] = [dashboard.panels ?? []]
        for row in dashboard.panels ?? [] where row.isRow && !(row.panels ?? []).isEmpty {
            groups.append(row.panels ?? [])
        }
        for group in groups {
            var placed: [(PanelModel, GridPos)] = []
            for panel in group {
                let here = place.panel(panel)
                guard let grid = panel.gridPos else {
                    findings.append(LintFinding(.error, .gridBounds, at: here, "has no gridPos"))
                    continue
                }
                if let problem = boundsProblem(grid) {
                    findings.append(LintFinding(.error, .gridBounds, at: here, "\(problem) (x \(grid.x), y \(grid.y), w \(grid.w), h \(grid.h))"))
                }
                for (other, otherGrid) in placed where otherGrid.overlaps(grid) {
                    findings.append(LintFinding(.error, .gridOverlap, at: here,
                                                "overlaps panel \(other.id.map(String.init) ?? "?") \"\(other.title ?? "")\" (x \(otherGrid.x), y \(otherGrid.y), w \(otherGrid.w), h \(otherGrid.h)) at x \(grid.x), y \(grid.y), w \(grid.w), h \(grid.h)"))
                }
                placed.append((panel, grid))
            }
        }
        return findings
    }

    /// What is wrong with a position on the 24-column grid, or `nil`.
    private static func boundsProblem(_ grid: GridPos) -> String? {
        if grid.w < 1 || grid.h < 1 { return "has a size below one cell" }
        if grid.w > GridPos.columns { return "is wider than the grid's \(GridPos.columns) columns" }
        if grid.x < 0 || grid.y < 0 { return "starts off the grid" }
        if grid.x + grid.w > GridPos.columns { return "ends past column \(GridPos.columns) (x + w = \(grid.x + grid.w))" }
        return nil
    }
}
