import GraftJSON
import GraftModel

/// A variable of free text.
public struct TextboxVariable: VariableComponent {
    public var model: VariableModel

    /// A text box `name` holding `value` to start with.
    public init(_ name: String, value: String = "") {
        model = VariableModel(type: .textbox, name: name)
        (model.current, model.options) = selection([value])
        model.query = .string(value)
    }
}
