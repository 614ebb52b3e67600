import GraftJSON

/// A panel's field configuration: defaults for every field, then overrides for some.
public struct FieldConfig: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a fieldConfig object")
        defaults = try reader.take("defaults")
        overrides = try reader.take("overrides")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("defaults", defaults)
        writer.member("overrides", overrides)
        writer.endObject()
    }
}

/// The field options every panel kind shares, plus the kind's own `custom` options.
public struct FieldDefaults: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a field defaults object")
        color = try reader.take("color")
        custom = try reader.take("custom")
        decimals = try reader.take("decimals")
        displayName = try reader.take("displayName")
        links = try reader.take("links")
        mappings = try reader.take("mappings")
        max = try reader.take("max")
        min = try reader.take("min")
        noValue = try reader.take("noValue")
        thresholds = try reader.take("thresholds")
        unit = try reader.take("unit")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("color", color)
        writer.member("custom", custom)
        writer.member("decimals", decimals)
        writer.member("displayName", displayName)
        writer.member("links", links)
        writer.member("mappings", mappings)
        writer.member("max", max)
        writer.member("min", min)
        writer.member("noValue", noValue)
        writer.member("thresholds", thresholds)
        writer.member("unit", unit)
        writer.endObject()
    }
}
