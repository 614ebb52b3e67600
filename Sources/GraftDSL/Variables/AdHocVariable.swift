import GraftJSON
import GraftModel

/// Ad hoc label filters applied to every query of the datasource.
public struct AdHocVariable: VariableComponent {
    public var model: VariableModel

    /// Ad hoc filters `name` on the dashboard's datasource, none set.
    public init(_ name: String) {
        model = VariableModel(type: .adhoc, name: name)
        model.unmodeled = ["filters": []]
    }
}
