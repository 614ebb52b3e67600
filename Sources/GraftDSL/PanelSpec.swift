import GraftJSON
import GraftModel

/// A panel under construction: its kind, and the state its modifiers change in place.
///
/// Every modifier consumes the component it is called on and returns it changed, so the state
/// moves from one modifier to the next: each change is made once, where it is written, on the
/// panel's own copy of its kind's template.
public struct PanelSpec: Sendable {
    /// What the modifiers change: the model and the layout hints the grid engine reads.
    public struct State: Sendable {
        /// The panel as it will be saved (gridPos and id are filled in by the layout).
        public var model: PanelModel
        /// Its width in columns; `nil` for the row's or the kind's default.
        public var width: Int?
        /// Its height in grid rows; `nil` for the row's or the kind's default.
        public var height: Int?
        /// Its top-left corner, when placed by hand: `x` in columns, `y` in grid rows below its row's header.
        public var position: (x: Int, y: Int)?
        /// Whether an empty title is intended (an empty title is otherwise an error).
        public var allowsEmptyTitle = false
    }

    /// The panel's kind.
    public var kind: PanelKind
    /// The panel as its modifiers have left it so far.
    public var state: State

    /// A new panel of `kind` titled `title`, as Grafana 11.3 saves it, with `targets` when given.
    public init(kind: PanelKind, title: String, targets: [Target]? = nil) {
        self.kind = kind
        state = State(model: kind.template)
        state.model.title = title
        if let targets { state.model.targets = targets }
    }

    /// The state, taken out for the layout: the spec keeps its kind and title (to name the panel
    /// in an error) and lets go of the rest, so that the state's lists are its own and change in place.
    mutating func takeState() -> State {
        var rest = State(model: PanelModel(type: kind.id))
        rest.model.title = state.model.title
        swap(&rest, &state)
        return rest
    }

    /// The panel as it will be saved (gridPos and id are filled in by the layout).
    public var model: PanelModel {
        get { state.model }
        set { state.model = newValue }
    }
    /// Its width in columns; `nil` for the row's or the kind's default.
    public var width: Int? {
        get { state.width }
        set { state.width = newValue }
    }
    /// Its height in grid rows; `nil` for the row's or the kind's default.
    public var height: Int? {
        get { state.height }
        set { state.height = newValue }
    }
    /// Its top-left corner, when placed by hand: `x` in columns, `y` in grid rows below its row's header.
    public var position: (x: Int, y: Int)? {
        get { state.position }
        set { state.position = newValue }
    }
    /// Whether an empty title is intended (an empty title is otherwise an error).
    public var allowsEmptyTitle: Bool {
        get { state.allowsEmptyTitle }
        set { state.allowsEmptyTitle = newValue }
    }
}
