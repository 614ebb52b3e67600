import GraftJSON
import GraftModel

/// Something that becomes one transformation of a panel: `Organize`, `JoinByField`, any typed one.
public protocol TransformationComponent: ModelComponent where Model == Transformation {
    /// The transformation as it will be saved.
    var transformation: Transformation { get set }
}

extension TransformationComponent {
    /// Changes the transformation.
    public mutating func updateModel(_ change: (inout Transformation) -> Void) { change(&transformation) }

    /// Switches the transformation off, keeping it in the panel (`"disabled": true`).
    public consuming func disabled(_ disabled: Bool = true) -> Self { configure { $0.disabled = disabled } }
}
