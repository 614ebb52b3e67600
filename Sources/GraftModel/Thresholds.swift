import GraftJSON

/// Colour steps over a field's values: the base step (`value: null`) and one per boundary.
public struct Thresholds: Sendable, Hashable, JSONCodable {
    /// Whether step values are absolute or percentages of the min-max range.
    public struct Mode: StringConstant {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// Step values are field values.
        public static let absolute: Mode = "absolute"
        /// Step values are percentages of the range.
        public static let percentage: Mode = "percentage"
    }

    /// How step values are read (`absolute` unless told otherwise).
    public var mode: Mode?
    /// The steps, base first.
    public var steps: [ThresholdStep]?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// Thresholds from a mode and steps.
    public init(mode: Mode? = .absolute, steps: [ThresholdStep]?, unmodeled: JSONObject = JSONObject()) {
        self.mode = mode
        self.steps = steps
        self.unmodeled = unmodeled
    }

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a thresholds object")
        mode = try reader.take("mode")
        steps = try reader.take("steps")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("mode", mode)
        writer.member("steps", steps)
        writer.endObject()
    }
}

/// One threshold step: from `value` up, the colour is `color`; the base step's value is `null`.
public struct ThresholdStep: Sendable, Hashable, JSONCodable {
    /// A colour name (`green`), `#rrggbb` or `rgba(...)`.
    public var color: Color
    /// Where the step starts; `.null` for the base step (minus infinity).
    public var value: Nullable<Double>?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A step starting at `value` (`nil`: the base step).
    public init(color: Color, value: Double?) {
        self.color = color
        self.value = value.map(Nullable.value) ?? .null
        unmodeled = JSONObject()
    }

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a threshold step object")
        color = try reader.require("color", what: "the step's colour")
        value = try reader.strictTake("value")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("color", color)
        writer.member("value", value)
        writer.endObject()
    }
}
