import GraftJSON

/// An annotation query (`annotations.list[]`): events drawn over the panels' time axes.
public struct AnnotationQuery: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "an annotation object")
        builtIn = try reader.take("builtIn")
        datasource = try reader.take("datasource")
        enable = try reader.take("enable")
        expr = try reader.take("expr")
        hide = try reader.take("hide")
        iconColor = try reader.take("iconColor")
        name = try reader.take("name")
        target = try reader.take("target")
        type = try reader.take("type")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("builtIn", builtIn)
        writer.member("datasource", datasource)
        writer.member("enable", enable)
        writer.member("expr", expr)
        writer.member("hide", hide)
        writer.member("iconColor", iconColor)
        writer.member("name", name)
        writer.member("target", target)
        writer.member("type", type)
        writer.endObject()
    }
}
