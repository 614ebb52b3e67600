import GraftJSON

/// Field options for the fields a matcher picks.
public struct FieldOverride: Sendable, JSONModel {
    /// Which fields: `{"id": "byName", "options": "QPS"}`.
    public var matcher: FieldMatcher
    /// The options to set, by id (`custom.width`, `unit`, `color`...).
    public var properties: [FieldProperty]
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// An override from a matcher and its properties.
    public init(matcher: FieldMatcher, properties: [FieldProperty]) {
        self.matcher = matcher
        self.properties = properties
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a field override object"
    public static var unread: FieldOverride { FieldOverride(matcher: FieldMatcher(id: "", options: nil), properties: []) }

    public func fields(_ v: inout some FieldVisitor<FieldOverride>) {
        required("matcher", \.matcher, .fails("which fields the override applies to"), in: &v)
        required("properties", \.properties, .defaults([]), in: &v)
    }
}

/// Picks fields: a matcher id and its option (a name, a regex, a type...).
public struct FieldMatcher: Sendable, JSONModel {
    /// The matcher kind (`FieldMatcher.Kind.byName`...).
    public var id: Kind
    /// The matcher's option: a field name, a pattern, a field type...
    public var options: JSON?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A matcher kind, as Grafana names it.
    public struct Kind: StringConstant {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// By field name.
        public static let byName: Kind = "byName"
        /// By a regular expression over field names.
        public static let byRegexp: Kind = "byRegexp"
        /// By field type (number, string, time).
        public static let byType: Kind = "byType"
        /// By the query (refId) that produced the field.
        public static let byFrameRefID: Kind = "byFrameRefID"
        /// By a value condition.
        public static let byValue: Kind = "byValue"
    }

    /// A matcher from its kind and option.
    public init(id: Kind, options: JSON?) {
        self.id = id
        self.options = options
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a field matcher object"
    public static var unread: FieldMatcher { FieldMatcher(id: "", options: nil) }

    public func fields(_ v: inout some FieldVisitor<FieldMatcher>) {
        required("id", \.id, .fails("the matcher kind"), in: &v)
        field("options", \.options, in: &v)
    }
}

/// One option an override sets: `{"id": "custom.width", "value": 23}`.
public struct FieldProperty: Sendable, JSONModel {
    /// The option's path (`unit`, `custom.width`, `color`...).
    public var id: String
    /// Its value.
    public var value: JSON?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A property from its option path and value.
    public init(id: String, value: JSON?) {
        self.id = id
        self.value = value
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "an override property object"
    public static var unread: FieldProperty { FieldProperty(id: "", value: nil) }

    public func fields(_ v: inout some FieldVisitor<FieldProperty>) {
        required("id", \.id, .fails("the option the property sets"), in: &v)
        field("value", \.value, in: &v)
    }
}
