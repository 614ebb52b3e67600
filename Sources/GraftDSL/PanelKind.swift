import GraftJSON
import GraftModel

/// A panel plugin: its id, the name `__requires` gives it, its default size, and what Grafana 11.3
/// writes for a new panel of this kind (options and field defaults), so that a panel written with
/// only what differs renders as Grafana itself would save it.
///
/// A class, because every panel refers to its kind: passing one on costs a reference count, and the
/// new-panel template is built once per kind.
public final class PanelKind: Sendable {
    /// The plugin id (`stat`, `timeseries`...).
    public let id: String
    /// The plugin's display name, as an export's `__requires` lists it.
    public let name: String
    /// The size a panel of this kind gets unless told otherwise.
    public let defaultSize: PanelSize
    /// The options of a new panel.
    public let options: JSONObject?
    /// The field defaults of a new panel (`fieldConfig.defaults`); `nil` for kinds without fields.
    public let fieldDefaults: FieldDefaults?
    /// Whether the panel runs queries (and so carries a datasource and targets).
    public let queries: Bool
    /// A new panel of this kind, untitled, as Grafana 11.3 saves it before anything is changed.
    let template: PanelModel

    /// A panel kind from its parts.
    public init(id: String, name: String, defaultSize: PanelSize = .standard, options: JSONObject? = nil,
                fieldDefaults: FieldDefaults? = nil, queries: Bool = true) {
        self.id = id
        self.name = name
        self.defaultSize = defaultSize
        self.options = options
        self.fieldDefaults = fieldDefaults
        self.queries = queries
        var panel = PanelModel(type: id)
        panel.options = options
        if let fieldDefaults { panel.fieldConfig = FieldConfig(defaults: fieldDefaults, overrides: []) }
        if queries { panel.targets = [] }
        panel.pluginVersion = PanelKind.grafanaVersion
        template = panel
    }

    /// The Grafana version whose defaults these are, written as each panel's `pluginVersion`.
    public static let grafanaVersion = "11.3.0"

    /// The base thresholds of a new panel: green, red from 80.
    public static let defaultThresholds = Thresholds(mode: .absolute, steps: [
        ThresholdStep(color: .green, value: nil), ThresholdStep(color: .red, value: 80),
    ])

    /// Field defaults of a new panel: colour scheme, optional custom options, no mappings, the base thresholds.
    static func fieldDefaults(color: ColorMode, custom: JSONObject?) -> FieldDefaults {
        var defaults = FieldDefaults()
        defaults.color = FieldColor(mode: color)
        defaults.custom = custom
        defaults.mappings = []
        defaults.thresholds = defaultThresholds
        return defaults
    }
}

/// A panel's size on the grid: width in columns (1-24), height in grid rows.
public struct PanelSize: Sendable, Hashable {
    /// Width in columns.
    public var width: Int
    /// Height in grid rows (30 px each).
    public var height: Int

    /// A size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Grafana's size for a new panel: half the width, 8 rows.
    public static let standard = PanelSize(width: 12, height: 8)
    /// A small tile for single numbers: a quarter of the width, 4 rows.
    public static let tile = PanelSize(width: 6, height: 4)
    /// The full width, 8 rows.
    public static let wide = PanelSize(width: 24, height: 8)
}
