/// Something the DSL builds around one saved model: a query's `Target`, a variable's
/// `VariableModel`, a transformation, a row's panel.
public protocol ModelComponent: Sendable {
    /// The saved model the component's modifiers change.
    associatedtype Model
    /// Runs `change` on the model in place (not a key path: resolved at run time, one cost half again a dashboard's instructions).
    mutating func updateModel(_ change: (inout Model) -> Void)
}

extension ModelComponent {
    /// The component changed by `change`: the one place every modifier of the component goes through.
    /// Consuming, as every modifier is: the component a modifier is called on (a temporary, in a
    /// chain of modifiers) is moved into its result, not copied, with every string inside it.
    public consuming func configure(_ change: (inout Model) -> Void) -> Self {
        updateModel(change)
        return self
    }
}
