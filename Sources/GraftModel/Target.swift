import GraftJSON

/// One query of a panel (`targets[]`): the members Prometheus and Loki queries use are typed,
/// any other datasource's members are kept as they were read.
public struct Target: Sendable, JSONModel {
    /// The query's letter (`A`, `B`...), unique in its panel.
    public var refId: String?
    /// The datasource, when it is not the panel's.
    public var datasource: DataSourceRef?
    /// The query text: PromQL or LogQL.
    public var expr: String?
    /// The series name template (`{{pod}}`, `__auto`).
    public var legendFormat: String?
    /// How the query was edited: `code` or `builder`.
    public var editorMode: EditorMode?
    /// Whether it runs as a range query.
    public var range: Bool?
    /// Whether it runs as an instant query.
    public var instant: Bool?
    /// Result format: `time_series`, `table`, `heatmap`.
    public var format: QueryFormat?
    /// The minimum step (`1m`), or empty.
    public var interval: String?
    /// Legacy resolution divisor (1 = one point per pixel).
    public var intervalFactor: Int?
    /// Legacy fixed step in seconds.
    public var step: Int?
    /// Whether exemplars are fetched.
    public var exemplar: Bool?
    /// Whether the query is hidden from the panel.
    public var hide: Bool?
    /// Datasource-specific query type (Loki: `range`, `instant`).
    public var queryType: String?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A query with the given text and nothing else set. (Inlinable: built across the module
    /// boundary, a target was built aside and then copied, every member of it.)
    @inlinable
    public init(refId: String? = nil, expr: String? = nil) {
        self.refId = refId
        self.expr = expr
        unmodeled = JSONObject()
    }

    /// How a query was edited in Grafana's query editor.
    public struct EditorMode: StringConstant {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// Typed as text.
        public static let code: EditorMode = "code"
        /// Built with the visual builder.
        public static let builder: EditorMode = "builder"
    }

    /// The shape of a query's result.
    public struct QueryFormat: StringConstant {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// One series per label set.
        public static let timeSeries: QueryFormat = "time_series"
        /// A table, one row per series.
        public static let table: QueryFormat = "table"
        /// Heatmap buckets.
        public static let heatmap: QueryFormat = "heatmap"
    }

    public static let jsonDescription = "a query (target) object"
    public static var unread: Target { Target() }

    public func fields(_ v: inout some FieldVisitor<Target>) {
        field("datasource", \.datasource, in: &v)
        field("editorMode", \.editorMode, in: &v)
        field("exemplar", \.exemplar, in: &v)
        field("expr", \.expr, in: &v)
        field("format", \.format, in: &v)
        field("hide", \.hide, in: &v)
        field("instant", \.instant, in: &v)
        field("interval", \.interval, .modifier, in: &v)
        field("intervalFactor", \.intervalFactor, in: &v)
        field("legendFormat", \.legendFormat, in: &v)
        field("queryType", \.queryType, in: &v)
        field("range", \.range, in: &v)
        field("refId", \.refId, .modifier, in: &v)
        field("step", \.step, in: &v)
    }
}
