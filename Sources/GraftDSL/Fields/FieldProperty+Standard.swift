import GraftJSON
import GraftModel

// Override properties for the standard options every field panel has, with the ids and values
// Grafana 11.3's override editor saves.
extension FieldProperty {
    /// Sets the unit.
    public static func unit(_ unit: Unit) -> FieldProperty { FieldProperty(id: "unit", value: .string(unit.rawValue)) }
    /// Sets the digits after the decimal point.
    public static func decimals(_ decimals: Int) -> FieldProperty { FieldProperty(id: "decimals", value: .int(decimals)) }
    /// Sets the bottom of the scale.
    public static func min(_ min: Double) -> FieldProperty { FieldProperty(id: "min", value: .double(min)) }
    /// Sets the top of the scale.
    public static func max(_ max: Double) -> FieldProperty { FieldProperty(id: "max", value: .double(max)) }
    /// Computes min and max per field rather than across all fields ("Field min/max").
    public static func fieldMinMax(_ perField: Bool = true) -> FieldProperty { FieldProperty(id: "fieldMinMax", value: .bool(perField)) }
    /// Sets a name shown instead of the field's.
    public static func displayName(_ name: String) -> FieldProperty { FieldProperty(id: "displayName", value: .string(name)) }
    /// Sets what is shown when there is no value.
    public static func noValue(_ text: String) -> FieldProperty { FieldProperty(id: "noValue", value: .string(text)) }
    /// Sets a fixed colour.
    public static func color(fixed color: Color) -> FieldProperty { self.color(.fixed, color) }
    /// Sets the colour scheme; `fixedColor` for `.fixed` and `.shades`.
    public static func color(_ mode: ColorMode, _ fixedColor: Color? = nil) -> FieldProperty {
        FieldProperty(id: "color", value: .members(["fixedColor": fixedColor.map { .string($0.rawValue) }, "mode": .string(mode.rawValue)]))
    }
    /// Sets absolute thresholds: the base colour, then a colour from each value up.
    public static func thresholds(_ base: Color, _ steps: (Double, Color)..., mode: Thresholds.Mode = .absolute) -> FieldProperty {
        FieldProperty(id: "thresholds", value: Thresholds(base: base, steps: steps, mode: mode).jsonValue)
    }
    /// Sets the value mappings.
    public static func mappings(_ mappings: ValueMapping...) -> FieldProperty {
        FieldProperty(id: "mappings", value: .array(mappings.map(\.jsonValue)))
    }
    /// Sets the data links on values.
    public static func links(_ links: PanelLink...) -> FieldProperty { FieldProperty(id: "links", value: .array(links.map(\.jsonValue))) }
    /// Sets one of the kind's own field options (`custom.width`...).
    public static func custom(_ path: String, _ value: JSON) -> FieldProperty { FieldProperty(id: "custom." + path, value: value) }
}
