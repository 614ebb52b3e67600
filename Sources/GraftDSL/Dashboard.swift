import GraftJSON
import GraftModel

/// A dashboard written in code: rows of panels, variables, settings; `render()` lays it out.
public struct Dashboard: Sendable {
    /// Everything but the panels, as it will be saved (panels and export header are filled in by `render()`).
    public var model: DashboardModel
    /// The panels above the first row.
    public var loosePanels: [PanelSpec] = []
    /// The rows, in order, each with its panels.
    public var rows: [Row] = []
    /// A panel written after a row but outside it (an error `render()` reports): its place in
    /// `loosePanels`, the row it follows, and whether that row is folded.
    var strayPanel: (index: Int, afterRow: String, folded: Bool)?
    /// The datasource inputs the export asks for; the first is the panels' default datasource.
    public var inputs: [DataSourceInput] = []
    /// The datasource of panels, queries and variables that name none (the first input's, unless set).
    public var defaultDatasource: DataSourceRef?
    /// The file name under `dashboards/`, without `.json` (the title's slug unless set).
    public var fileStem: String
    /// The Grafana version the export header names.
    public var grafanaVersion = PanelKind.grafanaVersion
    /// The folder the dashboard lives in, nested in its parents; `nil` for Grafana's root.
    public var folder: FolderPath?

    /// A dashboard titled `title` with uid `uid`, holding `content`, with Grafana 11.3's settings for a new dashboard.
    public init(_ title: String, uid: String, @DashboardBuilder content: () -> [DashboardItem]) {
        model = DashboardModel()
        model.annotations = [.builtIn]
        model.editable = true
        model.fiscalYearStartMonth = 0
        model.graphTooltip = 0
        model.id = .null
        model.links = []
        model.schemaVersion = 40
        model.tags = []
        model.variables = []
        model.time = TimeRange(from: "now-6h")
        model.timepicker = [:]
        model.timezone = "browser"
        model.title = title
        model.uid = uid
        model.version = 1
        model.weekStart = ""
        for item in content() {
            switch item {
            case .row(let row):
                rows.append(row)
            case .panel(let spec):
                if strayPanel == nil, let row = rows.last { strayPanel = (loosePanels.count, row.model.title ?? "", row.model.collapsed == true) }
                loosePanels.append(spec)
            }
        }
        fileStem = Dashboard.slug(title)
    }

    /// The dashboard changed by `change`.
    public consuming func configure(_ change: (inout Dashboard) -> Void) -> Dashboard {
        change(&self)
        return self
    }

    /// Sets the description.
    public consuming func description(_ text: String) -> Dashboard { configure { $0.model.description = text } }

    /// Sets the tags.
    public consuming func tags(_ tags: String...) -> Dashboard { configure { $0.model.tags = tags } }

    /// Sets the default time range.
    public consuming func time(from: String, to: String = "now") -> Dashboard { configure { $0.model.time = TimeRange(from: from, to: to) } }

    /// Sets the time zone: `browser`, `utc`, an IANA zone, or empty for the user's default.
    public consuming func timezone(_ zone: String) -> Dashboard { configure { $0.model.timezone = zone } }

    /// Sets the auto-refresh interval (`30s`).
    public consuming func refresh(_ interval: String) -> Dashboard { configure { $0.model.refresh = interval } }

    /// Sets the saved version number.
    public consuming func version(_ version: Int) -> Dashboard { configure { $0.model.version = version } }

    /// Shares the crosshair (or the tooltip too) between panels.
    public consuming func sharedCrosshair(tooltip: Bool = false) -> Dashboard { configure { $0.model.graphTooltip = tooltip ? 2 : 1 } }

    /// Adds a link to the dashboard's header.
    public consuming func link(_ title: String, url: String) -> Dashboard {
        configure { $0.model.links.appendToList([DashboardLink(title: title, url: url)]) }
    }

    /// Sets the annotation queries (a new dashboard has Grafana's built-in one).
    public consuming func annotations(_ list: AnnotationQuery...) -> Dashboard { configure { $0.model.annotations = list } }

    /// Sets the template variables.
    public consuming func variables(@VariableBuilder _ build: () -> [VariableModel]) -> Dashboard { configure { $0.model.variables = build() } }

    /// Asks the importer for a datasource; the first one asked for is the default of panels, queries and variables.
    public consuming func datasource(_ input: DataSourceInput) -> Dashboard {
        configure {
            $0.inputs.append(input)
            if $0.defaultDatasource == nil { $0.defaultDatasource = input.reference }
        }
    }

    /// Uses a concrete datasource as the default of panels, queries and variables.
    public consuming func datasource(_ reference: DataSourceRef) -> Dashboard { configure { $0.defaultDatasource = reference } }

    /// Puts the dashboard in a folder (the last of `path`, nested in the ones before it).
    public consuming func folder(_ path: FolderRef...) -> Dashboard { configure { $0.folder = FolderPath(path) } }

    /// Sets the file name under `dashboards/` (without `.json`).
    public consuming func fileName(_ stem: String) -> Dashboard { configure { $0.fileStem = stem } }

    /// Grafana's slug of a title: lower-case letters and digits, other runs of characters as one `-`.
    public static func slug(_ title: String) -> String {
        // Most titles are ASCII: their slug is a byte loop (Unicode's letter property is slow to ask).
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(title.utf8.count)
            var pendingDash = false
            for byte in title.utf8 {
                let lower = byte &- 65 < 26 ? byte | 0x20 : byte
                if lower &- 97 < 26 || lower &- 48 < 10 {
                    if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                    pendingDash = false
                    bytes.append(lower)
                } else {
                    pendingDash = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return slugOfAnyTitle(title)
    }

    /// The slug by Unicode's letter property, for any title; `slug` takes a byte loop for ASCII ones.
    static func slugOfAnyTitle(_ title: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
