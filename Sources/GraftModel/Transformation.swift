import GraftJSON

/// A step that reshapes query results before the panel draws them (join, organize, filter...).
public struct Transformation: Sendable, JSONModel {
    /// The transformation kind (`Transformation.Kind.organize`...).
    public var id: Kind
    /// Its options, as the transformation defines them.
    public var options: JSON?
    /// Whether it is switched off.
    public var disabled: Bool?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A transformation kind, as Grafana names it.
    public struct Kind: StringConstant {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// Join frames on a field.
        public static let joinByField: Kind = "joinByField"
        /// Keep or drop fields by name.
        public static let filterFieldsByName: Kind = "filterFieldsByName"
        /// Reorder, rename and hide fields.
        public static let organize: Kind = "organize"
        /// Merge frames into one.
        public static let merge: Kind = "merge"
        /// Reduce each field to one value.
        public static let reduce: Kind = "reduce"
        /// Add a calculated field.
        public static let calculateField: Kind = "calculateField"
        /// Sort rows by a field.
        public static let sortBy: Kind = "sortBy"
        /// Keep the first N rows.
        public static let limit: Kind = "limit"
        /// Turn labels into fields.
        public static let labelsToFields: Kind = "labelsToFields"
        /// Group rows and aggregate.
        public static let groupBy: Kind = "groupBy"
        /// Keep rows matching conditions.
        public static let filterByValue: Kind = "filterByValue"
    }

    /// A transformation from its kind and options.
    public init(id: Kind, options: JSON? = [:]) {
        self.id = id
        self.options = options
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a transformation object"
    public static var unread: Transformation { Transformation(id: "", options: nil) }

    public func fields(_ v: inout some FieldVisitor<Transformation>) {
        field("disabled", \.disabled, in: &v)
        required("id", \.id, .fails("the transformation kind"), in: &v)
        field("options", \.options, in: &v)
    }
}
