import GraftJSON
import GraftModel

/// A variable whose values are a fixed list (`prod,staging`).
public struct CustomVariable: MultiValueVariable {
    public var model: VariableModel

    /// A variable `name` offering `values`, the first selected.
    public init(_ name: String, values: [String]) {
        model = VariableModel(type: .custom, name: name)
        (model.current, model.options) = selection(values)
        model.query = .string(values.joined(separator: ","))
    }
}
