/// Something the DSL builds around one saved model: a query's `Target`, a variable's
/// `VariableModel`, a transformation, a row's panel.
public protocol ModelComponent: Sendable {
    /// The saved model the component's modifiers change.
    associatedtype Model
    /// Where the component keeps that model.
    static var modelPath: WritableKeyPath<Self, Model> { get }
}

extension ModelComponent {
    /// A copy changed by `change`: the one place every modifier of the component goes through.
    public func configure(_ change: (inout Model) -> Void) -> Self {
        var copy = self
        change(&copy[keyPath: Self.modelPath])
        return copy
    }
}
