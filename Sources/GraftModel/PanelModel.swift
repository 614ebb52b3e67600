import GraftJSON

/// A panel as Grafana saves it: any kind, a row included (`type: "row"`).
///
/// The members every kind shares are typed; `options` and `fieldConfig.defaults.custom` are the
/// kind's own and are kept as JSON (any plugin's keys survive), written through each kind's typed
/// modifiers in the DSL (`Stat.colorMode`, `Timeseries.fillOpacity`...).
public struct PanelModel: Sendable, Hashable, JSONCodable {
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

    /// A panel of plugin `type` with nothing else set.
    public init(type: String) {
        self.type = type
        unmodeled = JSONObject()
    }

    /// Whether this is a row.
    public var isRow: Bool { type == "row" }

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a panel object")
        type = try reader.require("type", what: "the panel's plugin id, e.g. \"timeseries\"")
        collapsed = try reader.take("collapsed")
        datasource = try reader.take("datasource")
        description = try reader.take("description")
        fieldConfig = try reader.take("fieldConfig")
        gridPos = try reader.strictTake("gridPos")
        hideTimeOverride = try reader.take("hideTimeOverride")
        id = try reader.take("id")
        interval = try reader.take("interval")
        libraryPanel = try reader.take("libraryPanel")
        links = try reader.take("links")
        maxDataPoints = try reader.take("maxDataPoints")
        maxPerRow = try reader.take("maxPerRow")
        options = try reader.take("options")
        panels = try reader.strictTake("panels")
        pluginVersion = try reader.take("pluginVersion")
        `repeat` = try reader.take("repeat")
        repeatDirection = try reader.take("repeatDirection")
        targets = try reader.take("targets")
        timeFrom = try reader.take("timeFrom")
        timeShift = try reader.take("timeShift")
        title = try reader.take("title")
        transformations = try reader.take("transformations")
        transparent = try reader.take("transparent")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("collapsed", collapsed)
        writer.member("datasource", datasource)
        writer.member("description", description)
        writer.member("fieldConfig", fieldConfig)
        writer.member("gridPos", gridPos)
        writer.member("hideTimeOverride", hideTimeOverride)
        writer.member("id", id)
        writer.member("interval", interval)
        writer.member("libraryPanel", libraryPanel)
        writer.member("links", links)
        writer.member("maxDataPoints", maxDataPoints)
        writer.member("maxPerRow", maxPerRow)
        writer.member("options", options)
        writer.member("panels", panels)
        writer.member("pluginVersion", pluginVersion)
        writer.member("repeat", `repeat`)
        writer.member("repeatDirection", repeatDirection)
        writer.member("targets", targets)
        writer.member("timeFrom", timeFrom)
        writer.member("timeShift", timeShift)
        writer.member("title", title)
        writer.member("transformations", transformations)
        writer.member("transparent", transparent)
        writer.member("type", type)
        writer.endObject()
    }
}

/// A reference to a library panel: the dashboard shows the library's copy.
public struct LibraryPanelRef: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a library panel reference")
        name = try reader.take("name")
        uid = try reader.require("uid", what: "the library panel's uid")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("name", name)
        writer.member("uid", uid)
        writer.endObject()
    }
}
