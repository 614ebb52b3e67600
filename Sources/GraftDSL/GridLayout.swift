import GraftModel

/// Places panels on the 24-column grid: each row's panels flow left to right and wrap, a panel
/// placed by hand goes where it says; sizes and positions off the grid are errors.
struct GridLayout {
    /// Where the next flowing panel goes.
    private var x = 0
    private var y: Int
    private var lineBottom: Int
    /// The lowest edge of anything placed so far.
    private(set) var bottom: Int
    private let sectionTop: Int

    /// A layout of one section (a row's panels, or those above the first row) starting at grid row `top`.
    init(top: Int) {
        sectionTop = top
        y = top
        lineBottom = top
        bottom = top
    }

    /// Places a panel of `kind` whose modifiers leave `state`; its size defaults to `defaultSize`
    /// (the row's) or its kind's. (`state` is in place: a copy of it would copy the panel's model.)
    mutating func place(_ state: inout PanelSpec.State, of kind: PanelKind, defaultSize: PanelSize?, fail: (String) -> Error) throws -> GridPos {
        let fallback = defaultSize ?? kind.defaultSize
        let size = PanelSize(width: state.width ?? fallback.width, height: state.height ?? fallback.height)
        guard size.width >= 1, size.width <= GridPos.columns else {
            throw fail("width \(size.width) is outside the grid's 1 to \(GridPos.columns) columns")
        }
        guard size.height >= 1 else { throw fail("height \(size.height) must be at least 1") }
        let position: GridPos
        if let placement = state.position {
            guard placement.x >= 0, placement.y >= 0 else {
                throw fail("position x \(placement.x), y \(placement.y) must not be negative")
            }
            guard placement.x + size.width <= GridPos.columns else {
                throw fail("x \(placement.x) + width \(size.width) is more than the grid's \(GridPos.columns) columns")
            }
            position = GridPos(h: size.height, w: size.width, x: placement.x, y: sectionTop + placement.y)
            lineBottom = position.y == y ? max(lineBottom, position.y + position.h) : position.y + position.h
        } else {
            if x + size.width > GridPos.columns {
                x = 0
                y = lineBottom
            }
            position = GridPos(h: size.height, w: size.width, x: x, y: y)
            lineBottom = max(lineBottom, y + size.height)
        }
        x = position.x + position.w
        y = position.y
        bottom = max(bottom, position.y + position.h)
        return position
    }
}
