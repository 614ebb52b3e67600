import GraftJSON
import GraftModel

/// How a table draws the cells of a column (`custom.cellOptions`): as text, coloured, as a gauge,
/// a sparkline, an image, links or JSON.
public struct TableCellOptions: Sendable, Hashable {
    /// The object Grafana saves: `type`, and the options of that type that are given.
    public let object: JSONObject

    private init(_ type: String, _ options: KeyValuePairs<String, JSON?> = [:]) {
        var object: JSONObject = ["type": .string(type)]
        for case let (key, value?) in options { object[key] = value }
        self.object = object
    }

    /// The value as text, picked by the field's type.
    public static let auto = TableCellOptions("auto")
    /// The text coloured by thresholds or the colour scheme.
    public static let colorText = TableCellOptions("color-text")
    /// The value's links, as links.
    public static let dataLinks = TableCellOptions("data-links")
    /// The value as formatted JSON.
    public static let jsonView = TableCellOptions("json-view")

    /// The background coloured by thresholds or the colour scheme, as a gradient or solid;
    /// `applyToRow` colours the whole row.
    public static func colorBackground(_ mode: TableBackgroundMode? = nil, applyToRow: Bool? = nil) -> TableCellOptions {
        TableCellOptions("color-background", ["applyToRow": applyToRow.map(JSON.bool), "mode": mode?.json])
    }

    /// A bar gauge, drawn as `mode` says, the value written as `valueDisplay` says.
    public static func gauge(_ mode: BarGaugeDisplayMode? = nil, valueDisplay: BarGaugeValueMode? = nil) -> TableCellOptions {
        TableCellOptions("gauge", ["mode": mode?.json, "valueDisplayMode": valueDisplay?.json])
    }

    /// The value as the URL of an image, with `alt` text and a `title` on hover.
    public static func image(alt: String? = nil, title: String? = nil) -> TableCellOptions {
        TableCellOptions("image", ["alt": alt.map(JSON.string), "title": title.map(JSON.string)])
    }

    /// A time series value as a small graph, and its last value unless `hideValue`.
    public static func sparkline(hideValue: Bool? = nil) -> TableCellOptions {
        TableCellOptions("sparkline", ["hideValue": hideValue.map(JSON.bool)])
    }
}

/// How a coloured table cell fills its background.
public enum TableBackgroundMode: String, OptionConstant {
    /// A gradient.
    case gradient
    /// One solid colour.
    case solid = "basic"
}
