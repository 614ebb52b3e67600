import GraftJSON
import GraftModel

extension PanelKind {
    /// Gauge: a dial per series, coloured by thresholds.
    public static let gauge = PanelKind(
        id: "gauge", name: "Gauge", defaultSize: PanelSize(width: 6, height: 6),
        options: [
            "minVizHeight": 75, "minVizWidth": 75, "orientation": "auto",
            "reduceOptions": ["calcs": ["lastNotNull"], "fields": "", "values": false],
            "showThresholdLabels": false, "showThresholdMarkers": true, "sizing": "auto",
        ],
        fieldDefaults: fieldDefaults(color: .thresholds, custom: nil))
}

/// A gauge panel: a dial per series.
public struct Gauge: PanelKindComponent, FieldPanel, ReducingPanel, VizSizingPanel, TextSizePanel {
    public static let kind = PanelKind.gauge
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Shows the threshold values and the coloured threshold band.
    public consuming func thresholdDisplay(labels: Bool, markers: Bool = true) -> Self {
        options(["showThresholdLabels": .bool(labels), "showThresholdMarkers": .bool(markers)])
    }
    /// Shows the coloured threshold band around the dial.
    public consuming func showThresholdMarkers(_ show: Bool = true) -> Self { option("showThresholdMarkers", .bool(show)) }
    /// Shows the threshold values around the dial.
    public consuming func showThresholdLabels(_ show: Bool = true) -> Self { option("showThresholdLabels", .bool(show)) }
}
