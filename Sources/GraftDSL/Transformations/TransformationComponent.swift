import GraftJSON
import GraftModel

/// Something that becomes one transformation of a panel: `Organize`, `JoinByField`, any typed one.
public protocol TransformationComponent: ModelComponent where Model == Transformation {
    /// The transformation as it will be saved.
    var transformation: Transformation { get set }
}

extension TransformationComponent {
    /// The component is the transformation it saves.
    public static var modelPath: WritableKeyPath<Self, Transformation> { \.transformation }

    /// Switches the transformation off, keeping it in the panel (`"disabled": true`).
    public func disabled(_ disabled: Bool = true) -> Self { configure { $0.disabled = disabled } }
}
