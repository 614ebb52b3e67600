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
public struct BarGauge: PanelKindComponent, FieldPanel, ReducingPanel, LegendPanel {
    public static let kind = PanelKind.barGauge
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets how bars are drawn.
    public func displayMode(_ mode: BarGaugeDisplayMode) -> Self { option("displayMode", .string(mode.rawValue)) }
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
