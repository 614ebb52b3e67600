import GraftJSON
import GraftModel

extension PanelKind {
    /// Heatmap: buckets over time, coloured by count.
    public static let heatmap = PanelKind(
        id: "heatmap", name: "Heatmap",
        options: [
            "calculate": false, "cellGap": 1,
            "color": [
                "exponent": 0.5, "fill": "dark-orange", "mode": "scheme", "reverse": false, "scale": "exponential",
                "scheme": "Oranges", "steps": 64,
            ],
            "exemplars": ["color": "rgba(255,0,255,0.7)"], "filterValues": ["le": 1e-9], "legend": ["show": true],
            "rowsFrame": ["layout": "auto"], "tooltip": ["mode": "single", "showColorScale": false, "yHistogram": false],
            "yAxis": ["axisPlacement": "left", "reverse": false],
        ],
        fieldDefaults: {
            var defaults = FieldDefaults()
            defaults.custom = ["hideFrom": ["legend": false, "tooltip": false, "viz": false], "scaleDistribution": ["type": "linear"]]
            return defaults
        }())
}

/// A heatmap panel: buckets over time (a Prometheus histogram with `format: heatmap`).
public struct Heatmap: PanelKindComponent, FieldPanel {
    public static let kind = PanelKind.heatmap
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets the colour scheme (`Oranges`, `Spectral`, `RdYlGn`...).
    public consuming func colorScheme(_ scheme: String) -> Self { option("color.scheme", .string(scheme)) }

    /// Sets the y axis unit of the buckets.
    public consuming func yAxisUnit(_ unit: Unit) -> Self { option("yAxis.unit", .string(unit.rawValue)) }
}
