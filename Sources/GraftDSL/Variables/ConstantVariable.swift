import GraftJSON
import GraftModel

/// A hidden variable with one value, for queries to share.
public struct ConstantVariable: VariableComponent {
    public var model: VariableModel

    /// A constant `name` standing for `value`.
    public init(_ name: String, value: String) {
        model = VariableModel(type: .constant, name: name)
        model.current = ["text": .string(value), "value": .string(value)]
        model.hide = VariableHide.variable.rawValue
        model.query = .string(value)
        model.skipUrlSync = true
    }
}
