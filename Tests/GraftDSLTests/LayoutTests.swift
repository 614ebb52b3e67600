import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

@Suite("Grid layout")
struct LayoutTests {
    func positions(_ dashboard: Dashboard) throws -> [String: GridPos] {
        var result: [String: GridPos] = [:]
        for panel in try dashboard.render().allPanels { result[panel.title ?? ""] = panel.gridPos }
        return result
    }

    @Test("panels flow left to right in 24 columns and wrap below the tallest of the line")
    func flowAndWrap() throws {
        let layout = try positions(Dashboard("Flow", uid: "flow") {
            Row("First") {
                Stat("a")                           // 6 x 4
                Timeseries("b")                     // 12 x 8
                Stat("c")                           // 6 x 4, fits: x 18
                Stat("d")                           // wraps below b: y 1 + 8
                Timeseries("e").size(width: 24, height: 3)
            }
            Row("Second") { Table("f") }
        })
        #expect(layout["First"] == GridPos(h: 1, w: 24, x: 0, y: 0))
        #expect(layout["a"] == GridPos(h: 4, w: 6, x: 0, y: 1))
        #expect(layout["b"] == GridPos(h: 8, w: 12, x: 6, y: 1))
        #expect(layout["c"] == GridPos(h: 4, w: 6, x: 18, y: 1))
        #expect(layout["d"] == GridPos(h: 4, w: 6, x: 0, y: 9))
        #expect(layout["e"] == GridPos(h: 3, w: 24, x: 0, y: 13))
        #expect(layout["Second"] == GridPos(h: 1, w: 24, x: 0, y: 16))
        #expect(layout["f"] == GridPos(h: 8, w: 12, x: 0, y: 17))
    }

    @Test("a row's panel size applies to its panels that set none; a panel can be placed by hand")
    func rowSizeAndPlacement() throws {
        let layout = try positions(Dashboard("Sizes", uid: "sizes") {
            Row("R") {
                Timeseries("a")
                Timeseries("b").size(width: 16)
                Timeseries("c").position(x: 4, y: 5)
                Timeseries("d")
            }.panelSize(width: 8, height: 5)
        })
        #expect(layout["a"] == GridPos(h: 5, w: 8, x: 0, y: 1))
        #expect(layout["b"] == GridPos(h: 5, w: 16, x: 8, y: 1))
        #expect(layout["c"] == GridPos(h: 5, w: 8, x: 4, y: 6))
        #expect(layout["d"] == GridPos(h: 5, w: 8, x: 12, y: 6))
    }

    @Test("a collapsed row carries its panels; the next row follows right below its header")
    func collapsedRow() throws {
        let model = try Dashboard("Fold", uid: "fold") {
            Row("Open") { Stat("a") }
            Row("Folded", collapsed: true) { Stat("b"); Stat("c") }
            Row("After") { Stat("d") }
        }.render()
        let titles = model.panels?.map { $0.title ?? "" }
        #expect(titles == ["Open", "a", "Folded", "After", "d"])
        let folded = try #require(model.panels?[2])
        #expect(folded.collapsed == true)
        #expect(folded.panels?.map(\.title) == ["b", "c"])
        #expect(folded.panels?.map(\.gridPos) == [GridPos(h: 4, w: 6, x: 0, y: 6), GridPos(h: 4, w: 6, x: 6, y: 6)])
        #expect(model.panels?[3].gridPos == GridPos(h: 1, w: 24, x: 0, y: 6))
        #expect(model.panels?[4].gridPos?.y == 7)
    }

    @Test("panels below a folded row, outside it, follow its header at the top level; the next row starts below them")
    func loosePanelsBelowAFoldedRow() throws {
        let model = try Dashboard("Below", uid: "below") {
            Row("Folded", collapsed: true) { Timeseries("inside") }
                .loosePanelsBelow {
                    Text("note", content: "hi").size(width: 24, height: 3)
                    Stat("a")
                    Stat("b").position(x: 12, y: 3)
                }
            Row("Open") { Stat("c") }
            Row("Last", collapsed: true) { Stat("d") }
                .loosePanelsBelow { Stat("e") }
        }.render()
        #expect(model.panels?.map { $0.title ?? "" } == ["Folded", "note", "a", "b", "Open", "c", "Last", "e"])
        #expect(model.panels?.map(\.gridPos) == [
            GridPos(h: 1, w: 24, x: 0, y: 0), GridPos(h: 3, w: 24, x: 0, y: 1), GridPos(h: 4, w: 6, x: 0, y: 4), GridPos(h: 4, w: 6, x: 12, y: 4),
            GridPos(h: 1, w: 24, x: 0, y: 8), GridPos(h: 4, w: 6, x: 0, y: 9), GridPos(h: 1, w: 24, x: 0, y: 13), GridPos(h: 4, w: 6, x: 0, y: 14),
        ])
        // The folded rows still carry their own panels, laid out from the line under their header.
        #expect(model.panels?[0].panels?.map(\.title) == ["inside"])
        #expect(model.panels?[0].panels?.first?.gridPos == GridPos(h: 8, w: 12, x: 0, y: 1))
        #expect(model.panels?[6].panels?.map(\.title) == ["d"])
        // Panels outside every row get their ids as loose panels do (no row title in the derivation).
        let loose = try Dashboard("Ids", uid: "ids") { Stat("a") }.render()
        let below = try Dashboard("Ids", uid: "ids") { Row("R", collapsed: true) {}.loosePanelsBelow { Stat("a") } }.render()
        #expect(below.panels?.last?.id == loose.panels?.first?.id)
    }

    @Test("the export header names the kinds of panels below a folded row")
    func requirementsOfPanelsBelow() throws {
        let model = try Dashboard("Kinds", uid: "kinds") { Row("R", collapsed: true) { Stat("a") }.loosePanelsBelow { Gauge("b") } }
            .datasource(.prometheus()).render()
        #expect(model.requires?.compactMap(\.id) == ["gauge", "grafana", "prometheus", "stat"])
    }

    @Test("panels above the first row start at the top; for and if work in builders")
    func loosePanelsAndControlFlow() throws {
        let services = ["api", "db", "cache"]
        let showExtra = false
        let model = try Dashboard("Loops", uid: "loops") {
            Text("Intro", content: "hello")
            Row("Services") {
                for service in services {
                    Stat(service) { Prometheus("up{service=\"\(service)\"}") }
                }
                if showExtra { Stat("extra") } else { Stat("fallback") }
            }
        }.render()
        #expect(model.allPanels.map { $0.title ?? "" } == ["Intro", "Services", "api", "db", "cache", "fallback"])
        #expect(model.panels?.first?.gridPos == GridPos(h: 4, w: 24, x: 0, y: 0))
        #expect(model.panels?[1].gridPos?.y == 4)
    }

    static let errorCases: [(String, Dashboard, String)] = [
        ("width over 24", Dashboard("Broken", uid: "b") { Row("R") { Stat("Wide").size(width: 30) } },
         #"dashboard "Broken", panel "Wide" (stat, row "R"): width 30 is outside the grid's 1 to 24 columns"#),
        ("x + w over 24", Dashboard("Broken", uid: "b") { Row("R") { Stat("Edge").position(x: 20, y: 0) } },
         #"dashboard "Broken", panel "Edge" (stat, row "R"): x 20 + width 6 is more than the grid's 24 columns"#),
        ("overlap", Dashboard("Broken", uid: "b") { Row("R") { Stat("One"); Stat("Two").position(x: 3, y: 2) } },
         #"dashboard "Broken", panel "Two" (stat, row "R"): overlaps panel "One" (stat, row "R") (x 0, y 1, w 6, h 4)"#),
        ("duplicate id", Dashboard("Broken", uid: "b") { Row("R") { Stat("One").id(7); Stat("Two").id(7) } },
         #"dashboard "Broken", panel "Two" (stat, row "R"): id 7 is also the id of panel "One" (stat, row "R")"#),
        ("empty title", Dashboard("Broken", uid: "b") { Row("R") { Stat("A"); Stat("") } },
         #"dashboard "Broken", panel 2 (stat, untitled, row "R"): has an empty title (use .untitled() if that is intended)"#),
        ("panel after a row", Dashboard("Broken", uid: "b") { Row("R") { Stat("A") }; Stat("Stray") },
         #"dashboard "Broken", panel "Stray" (stat, above the first row): comes after row "R": put it inside that row"#),
        ("panel after a folded row", Dashboard("Broken", uid: "b") { Row("R", collapsed: true) { Stat("A") }; Stat("Stray") },
         #"dashboard "Broken", panel "Stray" (stat, above the first row): comes after row "R": put it inside that row, or in its .loosePanelsBelow { } to show it below the folded row, outside it"#),
        ("panels below an unfolded row", Dashboard("Broken", uid: "b") { Row("R") { Stat("A") }.loosePanelsBelow { Stat("B") } },
         #"dashboard "Broken", panel "B" (stat, below row "R", outside it): is below an unfolded row, whose panels are its own: put it inside the row, or fold the row"#),
        ("overlap below a folded row", Dashboard("Broken", uid: "b") { Row("R", collapsed: true) {}.loosePanelsBelow { Stat("One"); Stat("Two").position(x: 3, y: 2) } },
         #"dashboard "Broken", panel "Two" (stat, below row "R", outside it): overlaps panel "One" (stat, below row "R", outside it) (x 0, y 1, w 6, h 4)"#),
        ("duplicate id below a folded row", Dashboard("Broken", uid: "b") { Row("R", collapsed: true) { Stat("In").id(4) }.loosePanelsBelow { Stat("Out").id(4) } },
         #"dashboard "Broken", panel "Out" (stat, below row "R", outside it): id 4 is also the id of panel "In" (stat, row "R")"#),
    ]

    @Test("layout errors name the dashboard, the panel and the problem", arguments: errorCases)
    func errors(_ name: String, _ dashboard: Dashboard, _ message: String) {
        #expect(throws: RenderError.self) { try dashboard.render() }
        do {
            _ = try dashboard.render()
        } catch {
            #expect("\(error)" == message, "\(name)")
        }
    }

    @Test("an intentionally untitled panel renders")
    func untitled() throws {
        let model = try Dashboard("Ok", uid: "ok") { Row("R") { Text("", content: "note").untitled() } }.render()
        #expect(model.panels?[1].title == "")
    }
}
