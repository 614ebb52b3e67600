import GraftJSON

/// A dashboard as Grafana saves or exports it.
///
/// Written in Grafana's export format: `__inputs`, `__elements`, `__requires` first (when
/// present), then every other member sorted.
public struct DashboardModel: Sendable, Hashable, JSONCodable {
    /// Export header: what the importer must choose (datasources, constants).
    public var inputs: [DashboardInput]?
    /// Export header: library panels the dashboard uses, by uid.
    public var elements: JSONObject?
    /// Export header: Grafana and plugins the dashboard needs.
    public var requires: [DashboardRequirement]?
    /// Annotation queries.
    public var annotations: [AnnotationQuery]?
    /// A description.
    public var description: String?
    /// Whether it can be edited in the UI.
    public var editable: Bool?
    /// The first month of the fiscal year, 0 for January.
    public var fiscalYearStartMonth: Int?
    /// The grafana.com dashboard id it came from.
    public var gnetId: Int?
    /// 0 no shared crosshair, 1 shared crosshair, 2 shared tooltip.
    public var graphTooltip: Int?
    /// The numeric id (server-owned); `.null` in exports.
    public var id: Nullable<Int>?
    /// Header links.
    public var links: [DashboardLink]?
    /// Panels and rows, top to bottom.
    public var panels: [PanelModel]?
    /// Auto-refresh interval (`30s`), or empty.
    public var refresh: String?
    /// The JSON model's schema version.
    public var schemaVersion: Int?
    /// Tags.
    public var tags: [String]?
    /// Template variables.
    public var variables: [VariableModel]?
    /// The default time range.
    public var time: TimeRange?
    /// Time picker settings (`refresh_intervals`, `hidden`, `nowDelay`).
    public var timepicker: JSONObject?
    /// `browser`, `utc`, an IANA zone, or empty for the user's default.
    public var timezone: String?
    /// The title.
    public var title: String?
    /// The uid: letters, digits, `-` and `_`, at most 40.
    public var uid: String?
    /// The saved version (server-owned).
    public var version: Int?
    /// The first day of the week, or empty for the locale's.
    public var weekStart: String?
    /// Members of `annotations` other than `list`.
    public var annotationsUnmodeled: JSONObject
    /// Members of `templating` other than `list`.
    public var templatingUnmodeled: JSONObject
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A dashboard with nothing set.
    public init() {
        annotationsUnmodeled = JSONObject()
        templatingUnmodeled = JSONObject()
        unmodeled = JSONObject()
    }

    /// Every panel, rows' carried panels included, in document order.
    public var allPanels: [PanelModel] {
        var result: [PanelModel] = []
        func collect(_ panels: [PanelModel]?) {
            for panel in panels ?? [] {
                result.append(panel)
                collect(panel.panels)
            }
        }
        collect(panels)
        return result
    }

    public init(json: JSON, at path: JSONPath = .root) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a dashboard object")
        inputs = try reader.take("__inputs")
        elements = try reader.take("__elements")
        requires = try reader.take("__requires")
        (annotations, annotationsUnmodeled) = try DashboardModel.readList(&reader, "annotations")
        description = try reader.take("description")
        editable = try reader.take("editable")
        fiscalYearStartMonth = try reader.take("fiscalYearStartMonth")
        gnetId = try reader.take("gnetId")
        graphTooltip = try reader.take("graphTooltip")
        id = try reader.take("id", as: JSON.self).map { try Nullable(json: $0, at: path.appending("id")) }
        links = try reader.take("links")
        panels = try reader.strictTake("panels")
        refresh = try reader.take("refresh")
        schemaVersion = try reader.take("schemaVersion")
        tags = try reader.take("tags")
        (variables, templatingUnmodeled) = try DashboardModel.readList(&reader, "templating")
        time = try reader.take("time")
        timepicker = try reader.take("timepicker")
        timezone = try reader.take("timezone")
        title = try reader.take("title")
        uid = try reader.take("uid")
        version = try reader.take("version")
        weekStart = try reader.take("weekStart")
        unmodeled = reader.rest
    }

    /// Reads `{"list": [...], ...}` wrappers: the typed list and the wrapper's other members.
    private static func readList<Element: JSONReadable>(_ reader: inout JSONObjectReader, _ key: String) throws -> ([Element]?, JSONObject) {
        guard let wrapper = reader.rest[key], case .object = wrapper else { return (nil, JSONObject()) }
        var inner = try JSONObjectReader(wrapper, at: reader.path.appending(key))
        guard let list: [Element] = try inner.strictTake("list") else { return (nil, JSONObject()) }
        _ = try reader.strictTake(key, as: JSON.self)
        return (list, inner.rest)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("__inputs", inputs)
        if let elements {
            // Entries keep Grafana's member order (name, uid, kind, model); the models are sorted.
            writer.key("__elements")
            writer.beginObject()
            for member in elements.members {
                writer.key(member.key)
                if case .object(let entry) = member.value { writer.valueKeepingOrder(entry) } else { writer.value(member.value) }
            }
            writer.endObject()
        }
        writer.member("__requires", requires)
        if let annotations {
            writer.key("annotations")
            writer.beginObject(merging: annotationsUnmodeled)
            writer.member("list", annotations)
            writer.endObject()
        }
        writer.member("description", description)
        writer.member("editable", editable)
        writer.member("fiscalYearStartMonth", fiscalYearStartMonth)
        writer.member("gnetId", gnetId)
        writer.member("graphTooltip", graphTooltip)
        writer.member("id", id)
        writer.member("links", links)
        writer.member("panels", panels)
        writer.member("refresh", refresh)
        writer.member("schemaVersion", schemaVersion)
        writer.member("tags", tags)
        if let variables {
            writer.key("templating")
            writer.beginObject(merging: templatingUnmodeled)
            writer.member("list", variables)
            writer.endObject()
        }
        writer.member("time", time)
        writer.member("timepicker", timepicker)
        writer.member("timezone", timezone)
        writer.member("title", title)
        writer.member("uid", uid)
        writer.member("version", version)
        writer.member("weekStart", weekStart)
        writer.endObject()
    }
}

/// A time range: `now-15m` to `now`, or absolute times.
public struct TimeRange: Sendable, Hashable, JSONCodable {
    /// The start (`now-6h`, an ISO time, epoch ms).
    public var from: String
    /// The end (`now`).
    public var to: String
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A range from `from` to `to`.
    public init(from: String, to: String = "now") {
        self.from = from
        self.to = to
        unmodeled = JSONObject()
    }

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a time range object")
        from = try reader.require("from", what: "the start of the range")
        to = try reader.require("to", what: "the end of the range")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("from", from)
        writer.member("to", to)
        writer.endObject()
    }
}
