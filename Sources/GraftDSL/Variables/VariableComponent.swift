import GraftJSON
import GraftModel

/// Something that becomes a template variable of a dashboard.
/// It is `CustomStringConvertible` as `$name`, so a query interpolates it: `"up{job=\"\(job)\"}"`.
public protocol VariableComponent: ModelComponent, CustomStringConvertible where Model == VariableModel {
    /// The variable as it will be saved.
    var model: VariableModel { get set }
}

extension VariableComponent {
    /// Changes the variable's model.
    public mutating func updateModel(_ change: (inout VariableModel) -> Void) { change(&model) }

    /// Sets the label shown instead of the name.
    public consuming func label(_ label: String) -> Self { configure { $0.label = label } }

    /// Sets the description shown on hover.
    public consuming func description(_ text: String) -> Self { configure { $0.description = text } }

    /// Hides the variable's label, or the whole variable, from the dashboard's header.
    public consuming func hide(_ hide: VariableHide) -> Self { configure { $0.hide = hide.rawValue } }
}

/// How much of a variable the dashboard's header shows.
public enum VariableHide: Int, CaseIterable, Sendable {
    /// Label and value.
    case nothing = 0
    /// The value only.
    case label = 1
    /// Neither.
    case variable = 2
}

/// A variable whose values can be several at once or "All": query and custom variables.
public protocol MultiValueVariable: VariableComponent {}

extension MultiValueVariable {
    /// Lets several values be picked.
    public consuming func multi(_ multi: Bool = true) -> Self { configure { $0.multi = multi } }

    /// Offers "All", standing for every value or for `allValue` when given.
    public consuming func includeAll(_ include: Bool = true, allValue: String? = nil) -> Self {
        configure {
            $0.includeAll = include
            $0.allValue = allValue
        }
    }
}

/// The `current` and `options` Grafana saves for a list of values, the first one selected.
func selection(_ values: [String], selected: String? = nil) -> (current: JSON, options: [JSON]) {
    let chosen = selected ?? values.first ?? ""
    let options: [JSON] = values.map { ["selected": .bool($0 == chosen), "text": .string($0), "value": .string($0)] }
    return (["text": .string(chosen), "value": .string(chosen)], options)
}
