import GraftDSL
import GraftJSON

/// A modifier in generated code, and the same modifier applied in-process.
struct Modifier<Subject> {
    /// The code (`.unit(.bytes)`).
    var code: Code
    /// Whether it may move into a helper (a helper call may not).
    var shareable = true
    /// What it does to a panel or query, through the DSL itself.
    var apply: (Subject) -> Subject
}

/// The modifiers of one panel as generated code writes them, applied in-process as they are added.
struct PanelModifiers {
    /// The panel as the modifiers so far leave it.
    private(set) var spec: PanelSpec
    /// The modifiers, in order.
    private(set) var modifiers: [Modifier<PanelSpec>] = []

    /// A chain starting from `spec`.
    init(_ spec: PanelSpec) { self.spec = spec }

    /// Adds `code`, applying the same modifier (`apply`) to the panel.
    mutating func add(_ code: Code, _ apply: @escaping (AnyPanel) -> AnyPanel) {
        append(Modifier(code: code) { apply(AnyPanel(spec: $0)).spec })
    }

    /// Adds `code`, applying a modifier of one panel type.
    mutating func add<Panel: PanelKindComponent>(_ type: Panel.Type, _ code: Code, _ apply: @escaping (Panel) -> Panel) {
        append(Modifier(code: code) { apply(Panel(spec: $0)).spec })
    }

    /// Adds `.path(.case)` when the change at `path` (an option the modifier is named after) sets
    /// one of `Constant`'s cases, applying the panel type's modifier `apply`.
    mutating func add<Panel: PanelKindComponent, Constant: OptionConstant>(_ apply: @escaping (Panel) -> (Constant) -> Panel, at path: String,
                                                                          from changes: inout JSONChanges) {
        guard let value = changes.take(path, as: Constant.self) else { return }
        add(Panel.self, .call("." + path, [value.swiftCode()])) { apply($0)(value) }
    }

    private mutating func append(_ modifier: Modifier<PanelSpec>) {
        spec = modifier.apply(spec)
        modifiers.append(modifier)
    }
}
