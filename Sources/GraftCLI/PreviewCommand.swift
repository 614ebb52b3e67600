import ArgumentParser
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftReview

/// `graft preview`: a picture of each dashboard's grid, for reviewers.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Draw each dashboard's grid as SVG (or PNG): rows as bands, panels as boxes with title and kind.",
        discussion: """
        Without --out, writes docs/<dashboard file name>.svg for every dashboard
        of the catalog. With --out, writes one picture there: .svg directly,
        .png through rsvg-convert (Debian: apt-get install -y librsvg2-bin);
        pick the dashboard with --dashboard when the catalog has several.
        Folded rows are marked, and their panels drawn below the grid as they
        lie when unfolded.

        Examples:
          graft preview                               # docs/higress-ai.svg
          graft preview --out review/higress-ai.png   # needs rsvg-convert
          graft preview --dashboard higress-ai --out /tmp/grid.svg
        """)

    @Option(name: .long, help: "The picture to write: FILE.svg or FILE.png (default: docs/<name>.svg for each dashboard).")
    var out: String?

    @Option(name: .long, help: "The dashboard to draw, by file name, uid or title (default: all, or the only one).")
    var dashboard: String?

    func run() async throws {
        var dashboards = try CatalogContext.require().renderDashboards()
        if let dashboard {
            dashboards = dashboards.filter { [$0.source.fileStem, $0.model.uid, $0.model.title].contains(dashboard) }
            guard !dashboards.isEmpty else { throw CLIError("--dashboard \(dashboard): no dashboard of the catalog has that file name, uid or title") }
        }
        guard let out else {
            for rendered in dashboards {
                let path = "docs/\(rendered.source.fileStem).svg"
                try AtomicFile.write(Array(GridPreview.svg(rendered.model).utf8), to: path)
                print("wrote \(path)")
            }
            return
        }
        guard dashboards.count == 1 else {
            throw CLIError("--out \(out) holds one picture, and the catalog has \(dashboards.count) dashboards: pick one with --dashboard (\(dashboards.map(\.source.fileStem).joined(separator: ", ")))")
        }
        let svg = GridPreview.svg(dashboards[0].model)
        let bytes: [UInt8]
        switch out.split(separator: ".").last?.lowercased() {
        case "svg":
            bytes = Array(svg.utf8)
        case "png":
            do {
                bytes = try GridPreview.png(fromSVG: svg)
            } catch let error as ExternalToolError {
                throw CLIError(error.description)
            }
        default:
            throw CLIError("--out \(out): expected a file name ending in .svg or .png")
        }
        try AtomicFile.write(bytes, to: out)
        print("wrote \(out) (\(bytes.count) bytes)")
    }
}
