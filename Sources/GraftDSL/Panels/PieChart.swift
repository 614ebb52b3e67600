import GraftJSON
import GraftModel

extension PanelKind {
    /// Pie chart: each series' share of the whole.
    public static let pieChart = PanelKind(
        id: "piechart", name: "Pie chart",
        options: [
            "legend": ["displayMode": "list", "placement": "bottom", "showLegend": true],
            "pieType": "pie",
            "reduceOptions": ["calcs": ["lastNotNull"], "fields": "", "values": false],
            "tooltip": ["mode": "single", "sort": "none"],
        ],
        fieldDefaults: {
            var defaults = FieldDefaults()
            defaults.color = FieldColor(mode: .paletteClassic)
            defaults.custom = ["hideFrom": ["legend": false, "tooltip": false, "viz": false]]
            defaults.mappings = []
            return defaults
        }())
}

/// A pie chart panel: each series' share of the whole.
public struct PieChart: PanelKindComponent, FieldPanel, ReducingPanel, LegendPanel {
    public static let kind = PanelKind.pieChart
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Draws a pie or a donut.
    public consuming func pieType(_ type: PieType) -> Self { option("pieType", .string(type.rawValue)) }
}

/// The shape of a pie chart.
public enum PieType: String, OptionConstant {
    /// A full pie.
    case pie
    /// A ring.
    case donut
}
