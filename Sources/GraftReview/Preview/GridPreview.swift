import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// A picture of a dashboard's grid for reviewers, as SVG: rows as bands, panels as boxes at their
/// `gridPos` with their title and kind, folded rows marked, and each folded row's panels drawn
/// below the grid as they would lie when unfolded (dashed). Deterministic: the same dashboard
/// gives the same bytes.
///
/// Geometry (what a reader of the SVG can rely on): a grid column is `columnWidth` wide, a grid row
/// `rowHeight` high; the grid's top-left corner is the root's `data-origin-x`/`data-origin-y`; each
/// panel and row is a `<g data-id="…">` whose `<rect>` is exactly its gridPos scaled; a folded row's
/// panels sit in a `<g class="folded-row" data-origin-y="…" data-grid-top="…">`, where `data-grid-top`
/// is the gridPos `y` drawn at `data-origin-y`.
public enum GridPreview {
    /// Pixels per grid column.
    public static let columnWidth = 40
    /// Pixels per grid row (Grafana draws 30; a preview is more compact).
    public static let rowHeight = 24
    /// The space around the grid.
    static let margin = 16
    /// The space the dashboard's title takes above the grid.
    static let headerHeight = 36
    /// The space a folded row's caption takes above its panels.
    static let foldedCaptionHeight = 28
    /// Fonts with CJK glyphs first, so that Chinese and Japanese titles render wherever one is installed.
    public static let fontFamily = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'DejaVu Sans', Arial, sans-serif"

    /// The SVG of `dashboard`'s grid.
    public static func svg(_ dashboard: DashboardModel) -> String {
        let panels = dashboard.panels ?? []
        let originX = margin, originY = margin + headerHeight
        let gridRows = panels.compactMap { $0.gridPos.map { $0.y + $0.h } }.max() ?? 0
        var body: [String] = []
        for panel in panels {
            body.append(box(panel, x: originX, y: originY, gridTop: 0, folded: false))
        }
        var bottom = originY + gridRows * rowHeight
        for row in panels where row.isRow && row.collapsed == true && !(row.panels ?? []).isEmpty {
            let carried = row.panels ?? []
            let top = carried.compactMap { $0.gridPos?.y }.min() ?? 0
            let height = (carried.compactMap { $0.gridPos.map { $0.y + $0.h } }.max() ?? top) - top
            let captionY = bottom + margin
            let sectionY = captionY + foldedCaptionHeight
            var section = ["<g class=\"folded-row\" data-row-id=\"\(row.id.map(String.init) ?? "")\" data-origin-y=\"\(sectionY)\" data-grid-top=\"\(top)\">",
                           "<text class=\"caption\" x=\"\(originX)\" y=\"\(captionY + 18)\" font-size=\"14\" fill=\"#374151\">▸ \(escaped(row.title ?? "")) (folded row, \(carried.count) panel\(carried.count == 1 ? "" : "s") as they lie when unfolded)</text>"]
            section += carried.map { box($0, x: originX, y: sectionY, gridTop: top, folded: true) }
            section.append("</g>")
            body += section
            bottom = sectionY + height * rowHeight
        }
        let width = originX + GridPos.columns * columnWidth + margin
        let height = bottom + margin
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"\(fontFamily)\" data-column-width=\"\(columnWidth)\" data-row-height=\"\(rowHeight)\" data-origin-x=\"\(originX)\" data-origin-y=\"\(originY)\">",
            "<title>\(escaped(dashboard.title ?? ""))</title>",
            "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#f9fafb\"/>",
            "<text class=\"dashboard-title\" x=\"\(margin)\" y=\"\(margin + 20)\" font-size=\"18\" font-weight=\"bold\" fill=\"#111827\">\(escaped(dashboard.title ?? "")) — \(dashboard.allPanels.filter { !$0.isRow }.count) panels, \(panels.filter(\.isRow).count) rows</text>",
        ]
        for column in 0...GridPos.columns {
            let x = originX + column * columnWidth
            lines.append("<line class=\"guide\" x1=\"\(x)\" y1=\"\(originY)\" x2=\"\(x)\" y2=\"\(originY + gridRows * rowHeight)\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>")
        }
        return (lines + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// The colours of a panel kind: fill and outline.
    private static func colours(_ kind: String) -> (fill: String, stroke: String) {
        switch kind {
        case "row": return ("#d1d5db", "#6b7280")
        case "stat", "gauge", "bargauge": return ("#dbeafe", "#2563eb")
        case "timeseries", "graph", "heatmap": return ("#dcfce7", "#16a34a")
        case "table": return ("#fef3c7", "#d97706")
        case "text": return ("#f3e8ff", "#9333ea")
        default: return ("#f3f4f6", "#4b5563")
        }
    }

    /// One panel or row: a `<g>` with its rectangle (its gridPos scaled from `x`, `y`, gridPos `y`
    /// `gridTop` drawn at `y`), its title and its kind.
    private static func box(_ panel: PanelModel, x originX: Int, y originY: Int, gridTop: Int, folded: Bool) -> String {
        guard let grid = panel.gridPos else { return "<!-- panel \(panel.id.map(String.init) ?? "?") has no gridPos -->" }
        let x = originX + grid.x * columnWidth, y = originY + (grid.y - gridTop) * rowHeight
        let width = grid.w * columnWidth, height = grid.h * rowHeight
        let (fill, stroke) = colours(panel.type)
        let id = panel.id.map(String.init) ?? ""
        let dash = folded ? " stroke-dasharray=\"6 4\"" : ""
        var lines = ["<g class=\"\(panel.isRow ? "row" : "panel")\(folded ? " folded" : "")\" data-id=\"\(id)\" data-kind=\"\(escaped(panel.type))\">",
                     "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" rx=\"3\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"\(dash)/>"]
        if panel.isRow {
            let marker = panel.collapsed == true ? "▸" : "▾"
            let carried = panel.collapsed == true ? " (folded: \((panel.panels ?? []).count) panels)" : ""
            lines.append("<text x=\"\(x + 8)\" y=\"\(y + rowHeight - 7)\" font-size=\"13\" font-weight=\"bold\" fill=\"#111827\">\(escaped(fitted("\(marker) \(panel.title ?? "")\(carried)", width: width - 16, fontSize: 13)))</text>")
        } else {
            lines.append("<text x=\"\(x + 6)\" y=\"\(y + 17)\" font-size=\"13\" fill=\"#111827\">\(escaped(fitted(panel.title ?? "", width: width - 12, fontSize: 13)))</text>")
            let queries = panel.targets?.count ?? 0
            let detail = "\(panel.type) · id \(id) · \(grid.w)×\(grid.h)\(queries > 0 ? " · \(queries) quer\(queries == 1 ? "y" : "ies")" : "")"
            if height >= 2 * rowHeight {
                lines.append("<text x=\"\(x + 6)\" y=\"\(y + 33)\" font-size=\"11\" fill=\"#4b5563\">\(escaped(fitted(detail, width: width - 12, fontSize: 11)))</text>")
            }
        }
        lines.append("</g>")
        return lines.joined(separator: "\n")
    }

    /// `text`, cut with `…` to fit `width` pixels: wide (CJK) characters count a full em, others 0.6 em.
    static func fitted(_ text: String, width: Int, fontSize: Int) -> String {
        func advance(_ character: Character) -> Double {
            guard let scalar = character.unicodeScalars.first else { return 0 }
            return Double(fontSize) * (scalar.value >= 0x1100 ? 1.0 : 0.6)
        }
        let available = Double(width)
        guard text.reduce(0, { $0 + advance($1) }) > available else { return text }
        var result = ""
        var used = advance("…")
        for character in text {
            used += advance(character)
            if used > available { break }
            result.append(character)
        }
        return result + "…"
    }

    /// `text` safe in XML character data and attribute values; characters XML 1.0 forbids become spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether PNG can be written: `rsvg-convert` (Debian's librsvg2-bin) is on `PATH`.
    public static var canWritePNG: Bool { ExternalTool.onPath("rsvg-convert") != nil }

    /// The SVG as PNG, through `rsvg-convert` (Debian's librsvg2-bin). Throws a clear error when it is not installed.
    public static func png(fromSVG svg: String) throws -> [UInt8] {
        guard let converter = ExternalTool.onPath("rsvg-convert") else {
            throw ExternalToolError("writing PNG needs rsvg-convert, which is not installed (Debian: apt-get install -y librsvg2-bin); write an .svg instead")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("preview.svg"), output = folder.appendingPathComponent("preview.png")
        try Data(svg.utf8).write(to: input)
        let run = try ExternalTool.run(converter, ["--format=png", "--output=\(output.path)", input.path], timeout: .seconds(60))
        guard run.status == 0, let data = FileManager.default.contents(atPath: output.path) else {
            throw ExternalToolError("rsvg-convert failed (exit \(run.status)): \(run.output.suffix(400))")
        }
        return [UInt8](data)
    }
}
