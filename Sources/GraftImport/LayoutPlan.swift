import GraftDSL
import GraftModel

/// Why the grid positions of a section cannot be written in the DSL.
struct LayoutProblem: Error {
    /// Which panel of the section.
    var index: Int
    /// What is wrong.
    var message: String
}

/// The layout of one section (the panels above the first row, or one row's) in generated code:
/// the DSL's flow wherever it puts a panel where it was, `.size(...)` where a panel is not the
/// size its row or kind gives, `.position(x:y:)` only where flow cannot reproduce it.
///
/// Where flow puts a panel is asked of the DSL itself, by rendering the section so far.
struct LayoutPlan {
    /// The size the row gives its panels (`Row.panelSize`), when one saves modifiers.
    var panelSize: PanelSize?
    /// Each panel's size and position modifiers.
    var modifiers: [[Code]]
    /// The panels with their sizes and positions set.
    var specs: [PanelSpec]

    /// Plans `panels` placed at `gridPositions`, in a section starting at grid row `top`;
    /// `rowSize` allows a row-wide panel size.
    init(_ panels: [PanelSpec], at gridPositions: [GridPos], top: Int, rowSize: Bool) throws {
        panelSize = rowSize ? LayoutPlan.commonSize(panels, gridPositions) : nil
        modifiers = []
        specs = []
        for (index, (panel, target)) in zip(panels, gridPositions).enumerated() {
            let fallback = panelSize ?? panel.kind.defaultSize
            let width = target.w == fallback.width ? nil : target.w
            let height = target.h == fallback.height ? nil : target.h
            var codes: [Code] = []
            var spec = AnyPanel(spec: panel).size(width: width, height: height).spec
            if let size = [PanelSize.tile, .wide, .standard].first(where: { $0 == PanelSize(width: target.w, height: target.h) }),
               width != nil, height != nil {
                codes.append(.text(".size(.\(size == .tile ? "tile" : size == .wide ? "wide" : "standard"))"))
            } else if width != nil || height != nil {
                codes.append(.call(".size", [width.map { .argument("width", $0.swiftCode) }, height.map { .argument("height", $0.swiftCode) }].compactMap { $0 }))
            }
            let wanted = GridPos(h: target.h, w: target.w, x: target.x, y: target.y - top)
            if (try? LayoutPlan.flowPosition(specs + [spec], rowSize: panelSize)) != wanted {
                guard wanted.y >= 0 else {
                    throw LayoutProblem(index: index, message: "sits at y \(target.y), above its row's first grid row \(top); the DSL places a row's panels below it")
                }
                spec = AnyPanel(spec: spec).position(x: wanted.x, y: wanted.y).spec
                codes.append(.call(".position", [.argument("x", wanted.x.swiftCode), .argument("y", wanted.y.swiftCode)]))
                guard (try? LayoutPlan.flowPosition(specs + [spec], rowSize: panelSize)) == wanted else {
                    let other = gridPositions[..<index].first { $0.overlaps(target) }
                    throw LayoutProblem(index: index, message: other.map {
                        "overlaps the panel at x \($0.x), y \($0.y) (w \($0.w), h \($0.h)); the DSL keeps panels from sharing grid cells"
                    } ?? "cannot be placed at x \(target.x), y \(target.y)")
                }
            }
            modifiers.append(codes)
            specs.append(spec)
        }
    }

    /// The size most of a row's panels have, when giving it to the row saves more size
    /// arguments than the modifier costs.
    private static func commonSize(_ panels: [PanelSpec], _ positions: [GridPos]) -> PanelSize? {
        func cost(_ size: PanelSize?) -> Int {
            zip(panels, positions).reduce(size == nil ? 0 : 2) { total, pair in
                let fallback = size ?? pair.0.kind.defaultSize
                return total + (pair.1.w == fallback.width ? 0 : 1) + (pair.1.h == fallback.height ? 0 : 1)
            }
        }
        var best: (size: PanelSize?, cost: Int) = (nil, cost(nil))
        for position in positions {
            let size = PanelSize(width: position.w, height: position.h)
            let candidate = cost(size)
            if candidate < best.cost { best = (size, candidate) }
        }
        return best.size
    }

    /// Where the DSL puts the last of `specs`, laid out as a section of their own from grid row 0
    /// (each with the row's panel size unless it sets its own).
    private static func flowPosition(_ specs: [PanelSpec], rowSize: PanelSize?) throws -> GridPos? {
        let scratch = specs.map { spec -> PanelSpec in
            var scratch = PanelSpec(kind: spec.kind, title: "scratch")
            scratch.width = spec.width ?? rowSize?.width
            scratch.height = spec.height ?? rowSize?.height
            scratch.position = spec.position
            return scratch
        }
        let rendered = try Dashboard("scratch", uid: "scratch") { scratch.map(DashboardItem.panel) }.render()
        return rendered.panels?.last?.gridPos
    }
}
