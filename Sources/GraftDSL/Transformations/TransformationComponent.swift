import GraftJSON
import GraftModel

/// Something that becomes one transformation of a panel: `Organize`, `JoinByField`, any typed one.
public protocol TransformationComponent: Sendable {
    /// The transformation as it will be saved.
    var transformation: Transformation { get set }
}

extension TransformationComponent {
    /// Switches the transformation off, keeping it in the panel (`"disabled": true`).
    public func disabled(_ disabled: Bool = true) -> Self {
        var copy = self
        copy.transformation.disabled = disabled
        return copy
    }
}
