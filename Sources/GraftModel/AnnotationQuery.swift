import GraftJSON

/// An annotation query (`annotations.list[]`): events drawn over the panels' time axes.
public struct AnnotationQuery: Sendable, JSONModel {
    /// The name in the annotation toggles.
    public var name: String?
    /// The datasource it asks.
    public var datasource: DataSourceRef?
    /// Whether it is on.
    public var enable: Bool?
    /// Whether its toggle is hidden.
    public var hide: Bool?
    /// The colour of its marks.
    public var iconColor: String?
    /// 1 for Grafana's built-in "Annotations & Alerts".
    public var builtIn: Int?
    /// What it asks for, as its datasource defines it.
    public var target: JSON?
    /// `dashboard` for the built-in query.
    public var type: String?
    /// The query text, for datasources that take one.
    public var expr: String?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// An annotation query with a name and nothing else set.
    public init(name: String) {
        self.name = name
        unmodeled = JSONObject()
    }

    /// Grafana's built-in "Annotations & Alerts" entry, as a new dashboard in Grafana 11.3 has it.
    public static let builtIn: AnnotationQuery = {
        var query = AnnotationQuery(name: "Annotations & Alerts")
        query.builtIn = 1
        query.datasource = .grafana
        query.enable = true
        query.hide = true
        query.iconColor = "rgba(0, 211, 255, 1)"
        query.type = "dashboard"
        return query
    }()

    public static let jsonDescription = "an annotation object"
    public static var unread: AnnotationQuery { AnnotationQuery(name: "") }

    public func fields(_ v: inout some FieldVisitor<AnnotationQuery>) {
        field("builtIn", \.builtIn, in: &v)
        field("datasource", \.datasource, in: &v)
        field("enable", \.enable, in: &v)
        field("expr", \.expr, in: &v)
        field("hide", \.hide, in: &v)
        field("iconColor", \.iconColor, in: &v)
        field("name", \.name, in: &v)
        field("target", \.target, in: &v)
        field("type", \.type, in: &v)
    }
}
