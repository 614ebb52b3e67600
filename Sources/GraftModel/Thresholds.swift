import GraftJSON

/// Colour steps over a field's values: the base step (`value: null`) and one per boundary.
public struct Thresholds: Sendable, JSONModel {
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

    public static let jsonDescription = "a thresholds object"
    public static var unread: Thresholds { Thresholds(mode: nil, steps: nil) }

    public func fields(_ v: inout some FieldVisitor<Thresholds>) {
        field("mode", \.mode, in: &v)
        field("steps", \.steps, in: &v)
    }
}

/// One threshold step: from `value` up, the colour is `color`; the base step's value is `null`.
public struct ThresholdStep: Sendable, JSONModel {
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

    public static let jsonDescription = "a threshold step object"
    public static var unread: ThresholdStep { ThresholdStep(color: "", value: nil) }

    public func fields(_ v: inout some FieldVisitor<ThresholdStep>) {
        required("color", \.color, .fails("the step's colour"), in: &v)
        field("value", \.value, .strict, in: &v)
    }
}
