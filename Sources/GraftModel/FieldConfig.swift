import GraftJSON

/// A panel's field configuration: defaults for every field, then overrides for some.
public struct FieldConfig: Sendable, JSONModel {
    /// What every field gets.
    public var defaults: FieldDefaults?
    /// Changes for the fields a matcher picks, in order.
    public var overrides: [FieldOverride]?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// Field defaults and overrides.
    public init(defaults: FieldDefaults? = FieldDefaults(), overrides: [FieldOverride]? = []) {
        self.defaults = defaults
        self.overrides = overrides
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a fieldConfig object"
    public static var unread: FieldConfig { FieldConfig(defaults: nil, overrides: nil) }

    public func fields(_ v: inout some FieldVisitor<FieldConfig>) {
        field("defaults", \.defaults, in: &v)
        field("overrides", \.overrides, in: &v)
    }
}

/// The field options every panel kind shares, plus the kind's own `custom` options.
public struct FieldDefaults: Sendable, JSONModel {
    /// The colour scheme.
    public var color: FieldColor?
    /// The panel kind's own field options (line width, cell type...), as Grafana writes them.
    public var custom: JSONObject?
    /// Digits after the decimal point.
    public var decimals: Int?
    /// A name shown instead of the field's.
    public var displayName: String?
    /// Links on values.
    public var links: [JSON]?
    /// Value mappings, in order.
    public var mappings: [ValueMapping]?
    /// The top of the axis or gauge.
    public var max: Double?
    /// The bottom of the axis or gauge.
    public var min: Double?
    /// What is shown when there is no value.
    public var noValue: String?
    /// Colour thresholds.
    public var thresholds: Thresholds?
    /// The unit (`Unit.requestsPerSecond`...).
    public var unit: Unit?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// Empty field defaults.
    public init() { unmodeled = JSONObject() }

    public static let jsonDescription = "a field defaults object"
    public static var unread: FieldDefaults { FieldDefaults() }

    public func fields(_ v: inout some FieldVisitor<FieldDefaults>) {
        field("color", \.color, in: &v)
        field("custom", \.custom, in: &v)
        field("decimals", \.decimals, in: &v)
        field("displayName", \.displayName, in: &v)
        field("links", \.links, in: &v)
        field("mappings", \.mappings, in: &v)
        field("max", \.max, in: &v)
        field("min", \.min, in: &v)
        field("noValue", \.noValue, in: &v)
        field("thresholds", \.thresholds, in: &v)
        field("unit", \.unit, in: &v)
    }
}
