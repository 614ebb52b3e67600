import GraftJSON
import GraftModel

extension PanelKind {
    /// Bar gauge: a bar per series.
    public static let barGauge = PanelKind(
        id: "bargauge", name: "Bar gauge",
        options: [
            "displayMode": "gradient",
            "legend": ["calcs": [], "displayMode": "list", "placement": "bottom", "showLegend": false],
            "maxVizHeight": 300, "minVizHeight": 16, "minVizWidth": 8, "namePlacement": "auto", "orientation": "auto",
            "reduceOptions": ["calcs": ["lastNotNull"], "fields": "", "values": false],
            "showUnfilled": true, "sizing": "auto", "valueMode": "color",
        ],
        fieldDefaults: fieldDefaults(color: .thresholds, custom: nil))
}

/// A bar gauge panel: a bar per series.
public struct BarGauge: PanelKindComponent, FieldPanel, ReducingPanel, LegendPanel, VizSizingPanel, TextSizePanel {
    public static let kind = PanelKind.barGauge
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets how bars are drawn.
    public consuming func displayMode(_ mode: BarGaugeDisplayMode) -> Self { option("displayMode", .string(mode.rawValue)) }
    /// Sets how each value is written: in its colour, in the text colour, or not at all.
    public consuming func valueMode(_ mode: BarGaugeValueMode) -> Self { option("valueMode", mode.json) }
    /// Sets where each bar's name goes.
    public consuming func namePlacement(_ placement: BarGaugeNamePlacement) -> Self { option("namePlacement", placement.json) }
    /// Draws the unfilled part of each bar, dimmed.
    public consuming func showUnfilled(_ show: Bool = true) -> Self { option("showUnfilled", .bool(show)) }
    /// Sets the greatest height in pixels of each bar (used by `.manual` sizing).
    public consuming func maxVizHeight(_ height: Int) -> Self { option("maxVizHeight", .int(height)) }
}

/// How a bar gauge draws its bars.
public enum BarGaugeDisplayMode: String, OptionConstant {
    /// A gradient along the bar.
    case gradient
    /// LED-like cells.
    case retro = "lcd"
    /// One solid colour.
    case basic
}

/// How a bar gauge writes its values.
public enum BarGaugeValueMode: String, OptionConstant {
    /// In the value's colour.
    case color
    /// In the text colour.
    case text
    /// Not written.
    case hidden
}

/// Where a bar gauge writes each bar's name.
public enum BarGaugeNamePlacement: String, OptionConstant {
    /// Picked by the orientation.
    case auto
    /// Above the bar.
    case top
    /// Left of the bar.
    case left
    /// Not written.
    case hidden
}
