import GraftJSON
import GraftModel

/// A panel under construction: its kind, its title and queries, and what its modifiers change,
/// recorded in order and run once, when the dashboard renders.
///
/// A panel passes through a dozen modifiers on its way into a row, each returning a new value. A
/// model changed at each step would be copied at each step, every string and array in it, and
/// every option object a modifier touches; a recorded change is one small object, and a copy of
/// the panel is a copy of a few references.
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
    /// Where the changes start from.
    private var start: Start
    /// The last change recorded; each links to the one before it.
    private var last: Change?

    private enum Start: Sendable {
        /// The kind's new panel, with this title and these queries.
        case new(title: String, targets: [Target]?)
        /// A state given whole (the model set, or read and changed, directly).
        case given(StateBox)
    }

    private final class StateBox: Sendable {
        let state: State
        init(_ state: State) { self.state = state }
    }

    /// What a modifier changes: the kind's options and field options set by path, kept as data
    /// (the change is then one allocation, where a closure would add its own), or anything else.
    enum Edit: Sendable {
        /// `options` at a dotted path.
        case option(String, JSON)
        /// `options` at dotted paths, the `nil` values left alone.
        case options(KeyValuePairs<String, JSON?>)
        /// Members of the option object named first, the `nil` values left alone.
        case optionGroup(String, KeyValuePairs<String, JSON?>)
        /// `fieldConfig.defaults.custom` at a dotted path.
        case custom(String, JSON)
        /// `fieldConfig.defaults.custom` at dotted paths, the `nil` values left alone.
        case customs(KeyValuePairs<String, JSON?>)
        /// The panel id.
        case id(Int)
        /// A member of `fieldConfig.defaults`.
        case fieldDefault(FieldDefaultEdit)
        /// Anything.
        case change(@Sendable (inout State) -> Void)
    }

    /// A member of the field defaults a modifier sets, kept as data (see `Edit`).
    enum FieldDefaultEdit: Sendable {
        /// The unit.
        case unit(Unit)
        /// The colour scheme.
        case color(FieldColor)
        /// The value mappings.
        case mappings([ValueMapping])
        /// The thresholds.
        case thresholds(Thresholds)

        func apply(to defaults: inout FieldDefaults) {
            switch self {
            case .unit(let unit): defaults.unit = unit
            case .color(let color): defaults.color = color
            case .mappings(let mappings): defaults.mappings = mappings
            case .thresholds(let thresholds): defaults.thresholds = thresholds
            }
        }
    }

    private final class Change: Sendable {
        let edit: Edit
        let previous: Change?
        init(_ edit: Edit, after previous: Change?) {
            self.edit = edit
            self.previous = previous
        }
    }

    /// A new panel of `kind` titled `title`, as Grafana 11.3 saves it, with `targets` when given.
    public init(kind: PanelKind, title: String, targets: [Target]? = nil) {
        self.kind = kind
        start = .new(title: title, targets: targets)
    }

    /// Records `edit`, to be made after those recorded before it.
    mutating func record(_ edit: Edit) {
        last = Change(edit, after: last)
    }

    /// The panel as its changes leave it. (Each read runs them; rendering takes it once.)
    public var state: State {
        get {
            var spec = self
            return spec.takeState()
        }
        set {
            start = .given(StateBox(newValue))
            last = nil
        }
    }

    /// The panel as its changes leave it, taken out: the spec keeps its kind and title (to name
    /// the panel in an error) and lets go of the rest, so that the state's lists are its own
    /// and change in place. (Built in place and returned as it is: a copy of a state is a copy of
    /// its panel model, every member of it.)
    mutating func takeState() -> State {
        var state: State
        switch start {
        case let .new(title, targets):
            state = State(model: kind.template)
            state.model.title = title
            if let targets { state.model.targets = targets }
        case .given(let box):
            state = box.state
        }
        let changes = last
        last = nil
        PanelSpec.run(changes, on: &state)
        start = .new(title: state.model.title ?? "", targets: nil)
        return state
    }

    /// Runs `change` and the changes before it, oldest first.
    private static func run(_ change: Change?, on state: inout State) {
        guard let change else { return }
        run(change.previous, on: &state)
        switch change.edit {
        case let .option(path, value):
            if case nil = state.model.options { state.model.options = JSONObject() }
            state.model.options!.setValue(value, atPath: path)
        case .options(let values):
            if case nil = state.model.options { state.model.options = JSONObject() }
            for case let (path, value?) in values { state.model.options!.setValue(value, atPath: path) }
        case let .optionGroup(group, values):
            if case nil = state.model.options { state.model.options = JSONObject() }
            state.model.options!.updateObject(group) { object in
                for case let (key, value?) in values { object.setValue(value, atPath: key) }
            }
        case let .custom(path, value):
            state.model.changeFieldDefaults { defaults in
                if case nil = defaults.custom { defaults.custom = JSONObject() }
                defaults.custom!.setValue(value, atPath: path)
            }
        case .customs(let values):
            state.model.changeFieldDefaults { defaults in
                if case nil = defaults.custom { defaults.custom = JSONObject() }
                for case let (path, value?) in values { defaults.custom!.setValue(value, atPath: path) }
            }
        case .id(let id):
            state.model.id = id
        case .fieldDefault(let edit):
            state.model.changeFieldDefaults { edit.apply(to: &$0) }
        case .change(let apply):
            apply(&state)
        }
    }

    /// The panel as it will be saved (gridPos and id are filled in by the layout).
    public var model: PanelModel {
        get { state.model }
        set { changeState { $0.model = newValue } }
    }
    /// Its width in columns; `nil` for the row's or the kind's default.
    public var width: Int? {
        get { state.width }
        set { changeState { $0.width = newValue } }
    }
    /// Its height in grid rows; `nil` for the row's or the kind's default.
    public var height: Int? {
        get { state.height }
        set { changeState { $0.height = newValue } }
    }
    /// Its top-left corner, when placed by hand: `x` in columns, `y` in grid rows below its row's header.
    public var position: (x: Int, y: Int)? {
        get { state.position }
        set { changeState { $0.position = newValue } }
    }
    /// Whether an empty title is intended (an empty title is otherwise an error).
    public var allowsEmptyTitle: Bool {
        get { state.allowsEmptyTitle }
        set { changeState { $0.allowsEmptyTitle = newValue } }
    }

    private mutating func changeState(_ change: (inout State) -> Void) {
        var state = self.state
        change(&state)
        self.state = state
    }
}
