import GraftJSON
import GraftModel

/// A panel that draws fields: it has units, colours, thresholds, mappings and overrides.
public protocol FieldPanel: PanelComponent {}

extension FieldPanel {
    /// Changes the field defaults (`fieldConfig.defaults`).
    public consuming func fieldDefaults(_ change: (inout FieldDefaults) -> Void) -> Self {
        modified { $0.model.changeFieldDefaults(change) }
    }

    /// Sets the unit.
    public consuming func unit(_ unit: Unit) -> Self { fieldDefaults { $0.unit = unit } }

    /// Sets the digits after the decimal point.
    public consuming func decimals(_ decimals: Int) -> Self { fieldDefaults { $0.decimals = decimals } }

    /// Sets the bottom and top of the scale.
    public consuming func range(min: Double? = nil, max: Double? = nil) -> Self {
        fieldDefaults {
            $0.min = min
            $0.max = max
        }
    }

    /// Sets what is shown when there is no value.
    public consuming func noValue(_ text: String) -> Self { fieldDefaults { $0.noValue = text } }

    /// Sets a name shown instead of the field's.
    public consuming func displayName(_ name: String) -> Self { fieldDefaults { $0.displayName = name } }

    /// Sets the colour scheme.
    public consuming func color(_ mode: ColorMode) -> Self { fieldDefaults { $0.color = FieldColor(mode: mode) } }

    /// Colours every value with one colour.
    public consuming func color(fixed color: Color) -> Self { fieldDefaults { $0.color = FieldColor(mode: .fixed, fixedColor: color) } }

    /// Sets absolute thresholds: the base colour, then a colour from each value up.
    public consuming func thresholds(_ base: Color, _ steps: (Double, Color)..., mode: Thresholds.Mode = .absolute) -> Self {
        fieldDefaults { $0.thresholds = Thresholds(base: base, steps: steps, mode: mode) }
    }

    /// Sets the value mappings.
    public consuming func mappings(_ mappings: ValueMapping...) -> Self { fieldDefaults { $0.mappings = mappings } }

    /// Sets one of the kind's own field options (`fieldConfig.defaults.custom`) by dotted path.
    public consuming func custom(_ path: String, _ value: JSON) -> Self {
        modified { $0.model.changeCustom { $0.setValue(value, atPath: path) } }
    }

    /// Sets the kind's own field options whose values are given, by dotted path, in one change;
    /// `nil` values leave an option as it is.
    consuming func custom(_ values: KeyValuePairs<String, JSON?>) -> Self {
        modified { $0.model.changeCustom { $0.setValues(values) } }
    }

    /// Adds field overrides.
    public consuming func overrides(@OverrideBuilder _ build: () -> [FieldOverride]) -> Self {
        let added = build()
        return modified { $0.model.changeFieldConfig { $0.overrides.appendToList(added) } }
    }
}

/// Field overrides in a builder: `Override(.byName("QPS")) { ... }`.
public struct Override: Sendable {
    /// The override as the model holds it.
    public var model: FieldOverride

    /// Properties for the fields `matcher` picks.
    public init(_ matcher: FieldMatcher, @PropertyBuilder _ properties: () -> [FieldProperty]) {
        model = FieldOverride(matcher: matcher, properties: properties())
    }
}

extension FieldMatcher {
    /// Fields named `name`.
    public static func byName(_ name: String) -> FieldMatcher { FieldMatcher(id: .byName, options: .string(name)) }
    /// Fields whose name matches `pattern`.
    public static func byRegexp(_ pattern: String) -> FieldMatcher { FieldMatcher(id: .byRegexp, options: .string(pattern)) }
    /// Fields of a type (`number`, `string`, `time`).
    public static func byType(_ type: String) -> FieldMatcher { FieldMatcher(id: .byType, options: .string(type)) }
    /// Fields from query `refId`.
    public static func byQuery(_ refId: String) -> FieldMatcher { FieldMatcher(id: .byFrameRefID, options: .string(refId)) }
}
