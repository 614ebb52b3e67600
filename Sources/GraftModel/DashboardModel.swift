import GraftJSON

/// A dashboard as Grafana saves or exports it.
///
/// Written in Grafana's export format: `__inputs`, `__elements`, `__requires` first (when
/// present), then every other member sorted.
public struct DashboardModel: Sendable, JSONModel {
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

    public static let jsonDescription = "a dashboard object"
    public static var unread: DashboardModel { DashboardModel() }

    /// Reads a dashboard from the document's root.
    public init(json: JSON) throws { try self.init(json: json, at: .root) }

    public func fields(_ v: inout some FieldVisitor<DashboardModel>) {
        field("__inputs", \.inputs, in: &v)
        // Entries keep Grafana's member order (name, uid, kind, model); the models are sorted.
        field("__elements", \.elements, .entriesInOrder, in: &v)
        field("__requires", \.requires, in: &v)
        wrappedList("annotations", \.annotations, rest: \.annotationsUnmodeled, in: &v)
        field("description", \.description, in: &v)
        field("editable", \.editable, in: &v)
        field("fiscalYearStartMonth", \.fiscalYearStartMonth, in: &v)
        field("gnetId", \.gnetId, in: &v)
        field("graphTooltip", \.graphTooltip, in: &v)
        field("id", \.id, .strict, in: &v)
        field("links", \.links, in: &v)
        field("panels", \.panels, .strict, in: &v)
        field("refresh", \.refresh, in: &v)
        field("schemaVersion", \.schemaVersion, in: &v)
        field("tags", \.tags, in: &v)
        wrappedList("templating", \.variables, rest: \.templatingUnmodeled, in: &v)
        field("time", \.time, in: &v)
        field("timepicker", \.timepicker, in: &v)
        field("timezone", \.timezone, in: &v)
        field("title", \.title, in: &v)
        field("uid", \.uid, in: &v)
        field("version", \.version, in: &v)
        field("weekStart", \.weekStart, in: &v)
    }
}

/// A time range: `now-15m` to `now`, or absolute times.
public struct TimeRange: Sendable, JSONModel {
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

    public static let jsonDescription = "a time range object"
    public static var unread: TimeRange { TimeRange(from: "") }

    public func fields(_ v: inout some FieldVisitor<TimeRange>) {
        required("from", \.from, .fails("the start of the range"), in: &v)
        required("to", \.to, .fails("the end of the range"), in: &v)
    }
}
