import GraftJSON
import GraftModel

// What modifiers change in a panel's model, each changed where it is and created when missing.
extension PanelModel {
    /// Changes the field config where it is, creating it when missing.
    mutating func changeFieldConfig(_ change: (inout FieldConfig) -> Void) { fieldConfig.change(orCreate: FieldConfig(), change) }

    /// Changes the field defaults where they are, creating them when missing.
    mutating func changeFieldDefaults(_ change: (inout FieldDefaults) -> Void) {
        changeFieldConfig { $0.defaults.change(orCreate: FieldDefaults(), change) }
    }

    /// Changes the kind's options where they are, creating them when missing.
    mutating func changeOptions(_ change: (inout JSONObject) -> Void) { options.change(orCreate: JSONObject(), change) }

    /// Changes the kind's own field options (`fieldConfig.defaults.custom`) where they are,
    /// creating them when missing.
    mutating func changeCustom(_ change: (inout JSONObject) -> Void) {
        changeFieldDefaults { $0.custom.change(orCreate: JSONObject(), change) }
    }
}

extension JSONObject {
    /// Sets the values given at their dotted paths; `nil` values leave a member as it is.
    mutating func setValues(_ values: KeyValuePairs<String, JSON?>) {
        for case let (path, value?) in values { setValue(value, atPath: path) }
    }
}
