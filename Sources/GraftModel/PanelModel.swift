import GraftJSON

/// A panel as Grafana saves it: any kind, a row included (`type: "row"`).
///
/// The members every kind shares are typed; `options` and `fieldConfig.defaults.custom` are the
/// kind's own and are kept as JSON (any plugin's keys survive), written through each kind's typed
/// modifiers in the DSL (`Stat.colorMode`, `Timeseries.fillOpacity`...).
public struct PanelModel: Sendable, JSONModel {
    /// The panel plugin id (`PanelKind.stat.id`, `"row"`, or any plugin's id).
    public var type: String
    /// The id, unique in its dashboard.
    public var id: Int?
    /// The title.
    public var title: String?
    /// The description shown in the header's info tooltip.
    public var description: String?
    /// Position and size.
    public var gridPos: GridPos?
    /// The datasource its queries use (the mixed datasource lets each query name one).
    public var datasource: DataSourceRef?
    /// The queries.
    public var targets: [Target]?
    /// Field options: unit, colour, thresholds, mappings, overrides.
    public var fieldConfig: FieldConfig?
    /// The kind's own options.
    public var options: JSONObject?
    /// The Grafana version that last saved it.
    public var pluginVersion: String?
    /// How long query results are cached, in milliseconds (Grafana's query caching).
    public var queryCachingTTL: Int?
    /// Transformations of the query results, in order.
    public var transformations: [Transformation]?
    /// Minimum query interval (`1m`).
    public var interval: String?
    /// Most data points a query asks for.
    public var maxDataPoints: Int?
    /// A relative time range of its own (`1h`).
    public var timeFrom: String?
    /// A time shift of its own (`1d`).
    public var timeShift: String?
    /// Whether its own time range is hidden from the header.
    public var hideTimeOverride: Bool?
    /// Links in its header menu.
    public var links: [PanelLink]?
    /// The variable it repeats for, one copy per value.
    public var `repeat`: String?
    /// `h` (side by side) or `v` (stacked).
    public var repeatDirection: String?
    /// Copies per line when repeating horizontally.
    public var maxPerRow: Int?
    /// Whether its background is transparent.
    public var transparent: Bool?
    /// The library panel it shows.
    public var libraryPanel: LibraryPanelRef?
    /// Rows: whether the row is folded.
    public var collapsed: Bool?
    /// Rows: the panels a folded row carries (an unfolded row's panels follow it at the top level).
    public var panels: [PanelModel]?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A panel of plugin `type` with nothing else set. (Inlinable, as `Target.init` is.)
    @inlinable
    public init(type: String) {
        self.type = type
        unmodeled = JSONObject()
    }

    /// Whether this is a row.
    public var isRow: Bool { type == "row" }

    /// Whether the panel has an id: a whole number, or another value kept as it was read (`1e999`),
    /// which rendering must not shadow with an id of its own (the panel would have two).
    public var hasID: Bool { id != nil || (!unmodeled.isEmpty && unmodeled["id"] != nil) }

    public static let jsonDescription = "a panel object"
    public static var unread: PanelModel { PanelModel(type: "") }

    public func fields(_ v: inout some FieldVisitor<PanelModel>) {
        field("collapsed", \.collapsed, in: &v)
        field("datasource", \.datasource, in: &v)
        field("description", \.description, .modifier, in: &v)
        field("fieldConfig", \.fieldConfig, in: &v)
        field("gridPos", \.gridPos, .strict, in: &v)
        field("hideTimeOverride", \.hideTimeOverride, in: &v)
        field("id", \.id, in: &v)
        field("interval", \.interval, .modifier, in: &v)
        field("libraryPanel", \.libraryPanel, in: &v)
        field("links", \.links, in: &v)
        field("maxDataPoints", \.maxDataPoints, .modifier, in: &v)
        field("maxPerRow", \.maxPerRow, in: &v)
        field("options", \.options, in: &v)
        field("panels", \.panels, .strict, in: &v)
        field("pluginVersion", \.pluginVersion, in: &v)
        field("queryCachingTTL", \.queryCachingTTL, .modifier, in: &v)
        field("repeat", \.repeat, in: &v)
        field("repeatDirection", \.repeatDirection, in: &v)
        field("targets", \.targets, in: &v)
        field("timeFrom", \.timeFrom, in: &v)
        field("timeShift", \.timeShift, in: &v)
        field("title", \.title, in: &v)
        field("transformations", \.transformations, in: &v)
        field("transparent", \.transparent, in: &v)
        required("type", \.type, .fails("the panel's plugin id, e.g. \"timeseries\""), in: &v)
    }
}

/// A reference to a library panel: the dashboard shows the library's copy.
public struct LibraryPanelRef: Sendable, JSONModel {
    /// The library panel's uid.
    public var uid: String
    /// Its name.
    public var name: String?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A reference by uid and name.
    public init(uid: String, name: String?) {
        self.uid = uid
        self.name = name
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a library panel reference"
    public static var unread: LibraryPanelRef { LibraryPanelRef(uid: "", name: nil) }

    public func fields(_ v: inout some FieldVisitor<LibraryPanelRef>) {
        field("name", \.name, in: &v)
        required("uid", \.uid, .fails("the library panel's uid"), in: &v)
    }
}
