import GraftJSON

/// Field options for the fields a matcher picks.
public struct FieldOverride: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a field override object")
        matcher = try reader.require("matcher", what: "which fields the override applies to")
        properties = try reader.take("properties") ?? []
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("matcher", matcher)
        writer.member("properties", properties)
        writer.endObject()
    }
}

/// Picks fields: a matcher id and its option (a name, a regex, a type...).
public struct FieldMatcher: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a field matcher object")
        id = try reader.require("id", what: "the matcher kind")
        options = try reader.take("options")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("id", id)
        writer.member("options", options)
        writer.endObject()
    }
}

/// One option an override sets: `{"id": "custom.width", "value": 23}`.
public struct FieldProperty: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "an override property object")
        id = try reader.require("id", what: "the option the property sets")
        value = try reader.take("value")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("id", id)
        writer.member("value", value)
        writer.endObject()
    }
}
