import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graft
import GraftReview
import HigressCatalog
import Testing

/// The boxes of a preview SVG, read back with an XML parser.
final class PreviewReader: NSObject, XMLParserDelegate {
    struct Box: Equatable {
        var id: Int
        var kind: String
        var folded: Bool
        var x: Double, y: Double, width: Double, height: Double
    }

    var root: [String: String] = [:]
    var boxes: [Box] = []
    var texts: [String] = []
    private var group: (id: Int, kind: String, folded: Bool)?
    private var foldedOrigin: (y: Double, gridTop: Double)?
    private var text = ""

    /// The grid position a box stands for: its rectangle scaled back by the SVG's own geometry.
    func gridPos(_ box: Box) -> GridPos {
        let column = Double(root["data-column-width"]!)!, row = Double(root["data-row-height"]!)!
        let originX = Double(root["data-origin-x"]!)!
        let originY = box.folded ? foldedOrigin!.y : Double(root["data-origin-y"]!)!
        let top = box.folded ? foldedOrigin!.gridTop : 0
        return GridPos(h: Int(box.height / row), w: Int(box.width / column), x: Int((box.x - originX) / column), y: Int((box.y - originY) / row + top))
    }

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "svg": root = attributes
        case "g" where attributes["data-id"] != nil:
            group = (Int(attributes["data-id"]!) ?? -1, attributes["data-kind"] ?? "", attributes["class"]?.contains("folded") == true)
        case "g" where attributes["class"] == "folded-row":
            foldedOrigin = (Double(attributes["data-origin-y"]!)!, Double(attributes["data-grid-top"]!)!)
        case "rect":
            if let group {
                boxes.append(Box(id: group.id, kind: group.kind, folded: group.folded, x: Double(attributes["x"]!)!, y: Double(attributes["y"]!)!,
                                 width: Double(attributes["width"]!)!, height: Double(attributes["height"]!)!))
            }
        case "text": text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g", group != nil { group = nil }
        if name == "text" { texts.append(text) }
    }
}

@Suite struct PreviewTests {
    @Test func everyPanelOfTheHigressDashboardIsABoxAtItsGridPos() throws {
        let model = try higressAIDashboard.render()
        let reader = try PreviewReader(GridPreview.svg(model))
        let panels = model.allPanels
        #expect(reader.boxes.count == panels.count)
        for panel in panels {
            let box = try #require(reader.boxes.first { $0.id == panel.id }, "no box for panel \(panel.id ?? -1)")
            #expect(reader.gridPos(box) == panel.gridPos, "panel \(panel.id ?? -1) \"\(panel.title ?? "")\"")
            #expect(box.kind == panel.type)
        }
        // Titles are drawn as text, Chinese included.
        #expect(reader.texts.contains("下游请求量"))
        #expect(reader.texts.contains("▾ Token"))
    }

    @Test func foldedRowsAreMarkedAndTheirPanelsDrawnBelow() throws {
        let dashboard = Dashboard("Folded <&> \"test\"", uid: "folded") {
            Row("Open") {
                Stat("A & B") { Prometheus("up") }.size(width: 8, height: 4)
                Timeseries("中文标题") { Prometheus("up") }.size(width: 16, height: 6)
            }
            Row("Closed", collapsed: true) {
                Table("Inside") { Prometheus("up") }.size(width: 24, height: 5)
                Stat("Inside too") { Prometheus("up") }.size(width: 6, height: 3)
            }
        }
        let model = try dashboard.render()
        let svg = GridPreview.svg(model)
        let reader = try PreviewReader(svg)
        #expect(reader.root["viewBox"] != nil)
        for panel in model.allPanels {
            let box = try #require(reader.boxes.first { $0.id == panel.id })
            #expect(reader.gridPos(box) == panel.gridPos, "\(panel.title ?? "")")
        }
        let folded = model.panels!.first { $0.collapsed == true }!.panels!
        #expect(Set(reader.boxes.filter(\.folded).map(\.id)) == Set(folded.compactMap(\.id)))
        #expect(reader.texts.contains { $0.hasPrefix("▸ Closed (folded: 2 panels)") })
        #expect(reader.texts.contains("A & B") && reader.texts.contains("中文标题"))
        #expect(svg.contains("Folded &lt;&amp;&gt; &quot;test&quot;"))
        #expect(GridPreview.svg(model) == svg)
    }

    @Test func theCommittedPictureIsWhatTheCodeDraws() throws {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/higress-ai.svg"), encoding: .utf8)
        #expect(committed == GridPreview.svg(try higressAIDashboard.render()), "run `graft preview` and commit docs/higress-ai.svg")
    }

    @Test(.enabled(if: GridPreview.canWritePNG, "skipped: rsvg-convert is not installed (apt-get install -y librsvg2-bin)"))
    func pngComesOutOfTheConverter() throws {
        let png = try GridPreview.png(fromSVG: GridPreview.svg(try higressAIDashboard.render()))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test(.enabled(if: !GridPreview.canWritePNG, "skipped: rsvg-convert is installed, so PNG does not fail"))
    func pngWithoutTheConverterSaysWhatToInstall() {
        #expect { _ = try GridPreview.png(fromSVG: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>") } throws: { "\($0)".contains("librsvg2-bin") }
    }
}
