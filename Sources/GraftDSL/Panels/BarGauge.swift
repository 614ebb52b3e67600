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
    public func displayMode(_ mode: BarGaugeDisplayMode) -> Self { option("displayMode", .string(mode.rawValue)) }
    /// Sets how each value is written: in its colour, in the text colour, or not at all.
    public func valueMode(_ mode: BarGaugeValueMode) -> Self { option("valueMode", mode.json) }
    /// Sets where each bar's name goes.
    public func namePlacement(_ placement: BarGaugeNamePlacement) -> Self { option("namePlacement", placement.json) }
    /// Draws the unfilled part of each bar, dimmed.
    public func showUnfilled(_ show: Bool = true) -> Self { option("showUnfilled", .bool(show)) }
    /// Sets the greatest height in pixels of each bar (used by `.manual` sizing).
    public func maxVizHeight(_ height: Int) -> Self { option("maxVizHeight", .int(height)) }
}

/// How a bar gauge draws its bars.
public struct BarGaugeDisplayMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// A gradient along the bar.
    public static let gradient: BarGaugeDisplayMode = "gradient"
    /// LED-like cells.
    public static let retro: BarGaugeDisplayMode = "lcd"
    /// One solid colour.
    public static let basic: BarGaugeDisplayMode = "basic"
}

/// How a bar gauge writes its values.
public struct BarGaugeValueMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// In the value's colour.
    public static let color: BarGaugeValueMode = "color"
    /// In the text colour.
    public static let text: BarGaugeValueMode = "text"
    /// Not written.
    public static let hidden: BarGaugeValueMode = "hidden"
}

/// Where a bar gauge writes each bar's name.
public struct BarGaugeNamePlacement: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Picked by the orientation.
    public static let auto: BarGaugeNamePlacement = "auto"
    /// Above the bar.
    public static let top: BarGaugeNamePlacement = "top"
    /// Left of the bar.
    public static let left: BarGaugeNamePlacement = "left"
    /// Not written.
    public static let hidden: BarGaugeNamePlacement = "hidden"
}
