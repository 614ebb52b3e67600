import GraftJSON

/// A template variable as Grafana saves it (`templating.list[]`), of any kind.
public struct VariableModel: Sendable, JSONModel {
    /// The kind (`VariableKind.query`...).
    public var type: VariableKind
    /// The name queries use as `$name`.
    public var name: String
    /// The label shown instead of the name.
    public var label: String?
    /// A description shown on hover.
    public var description: String?
    /// 0 shows label and value, 1 the value only, 2 nothing.
    public var hide: Int?
    /// Whether the value stays out of the URL.
    public var skipUrlSync: Bool?
    /// The datasource a query or adhoc variable asks.
    public var datasource: DataSourceRef?
    /// The query (an object `{query, refId}` for Prometheus), the custom values, the constant, the intervals...
    public var query: JSON?
    /// The query as the editor shows it.
    public var definition: String?
    /// The selected value(s): `{text, value}`, or `{}` in an export.
    public var current: JSON?
    /// The values to pick from (saved for custom and interval variables).
    public var options: [JSON]?
    /// 1 refreshes on dashboard load, 2 on time range change.
    public var refresh: Int?
    /// A regex that filters (and with a group, extracts) the values.
    public var regex: String?
    /// 0 none, 1/2 alphabetical, 3/4 numerical, 5/6 case-insensitive.
    public var sort: Int?
    /// Whether several values may be picked.
    public var multi: Bool?
    /// Whether an "All" value is offered.
    public var includeAll: Bool?
    /// What "All" stands for, instead of every value.
    public var allValue: String?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A variable of a kind with a name and nothing else set.
    public init(type: VariableKind, name: String) {
        self.type = type
        self.name = name
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a variable object"
    public static var unread: VariableModel { VariableModel(type: "", name: "") }

    public func fields(_ v: inout some FieldVisitor<VariableModel>) {
        field("allValue", \.allValue, in: &v)
        field("current", \.current, in: &v)
        field("datasource", \.datasource, in: &v)
        field("definition", \.definition, in: &v)
        field("description", \.description, .modifier, in: &v)
        field("hide", \.hide, in: &v)
        field("includeAll", \.includeAll, in: &v)
        field("label", \.label, .modifier, in: &v)
        field("multi", \.multi, in: &v)
        required("name", \.name, .fails("the variable's name"), in: &v)
        field("options", \.options, in: &v)
        field("query", \.query, in: &v)
        field("refresh", \.refresh, in: &v)
        field("regex", \.regex, in: &v)
        field("skipUrlSync", \.skipUrlSync, in: &v)
        field("sort", \.sort, in: &v)
        required("type", \.type, .fails("the variable's kind, e.g. \"query\""), in: &v)
    }
}

/// A template variable kind, as Grafana names it.
public struct VariableKind: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Values from a datasource query.
    public static let query: VariableKind = "query"
    /// Values from a comma-separated list.
    public static let custom: VariableKind = "custom"
    /// One hidden value.
    public static let constant: VariableKind = "constant"
    /// Time intervals (`1m,5m,1h`), optionally with `auto`.
    public static let interval: VariableKind = "interval"
    /// A datasource of a given plugin type.
    public static let datasource: VariableKind = "datasource"
    /// Free text.
    public static let textbox: VariableKind = "textbox"
    /// Ad hoc label filters.
    public static let adhoc: VariableKind = "adhoc"
}
