import GraftJSON
import GraftModel

extension PanelKind {
    /// Bar chart: a bar per value of a category (or time) field, grouped or stacked by series.
    public static let barChart = PanelKind(
        id: "barchart", name: "Bar chart",
        options: legendOptionDefaults.merging([
            "barRadius": 0, "barWidth": 0.97, "fullHighlight": false, "groupWidth": 0.7, "orientation": "auto", "showValue": "auto",
            "stacking": "none", "xTickLabelRotation": 0, "xTickLabelSpacing": 0,
        ]),
        fieldDefaults: fieldDefaults(color: .paletteClassic, custom: axisFieldDefaults.merging(hideFromDefaults)
            .merging(thresholdsStyleDefaults).merging(["fillOpacity": 80, "gradientMode": "none", "lineWidth": 1])))
}

/// A bar chart panel: a bar per value of a category (or time) field, grouped or stacked by series.
public struct BarChart: PanelKindComponent, LegendPanel, AxisPanel, GradientFillPanel, ThresholdsStylePanel, OrientedPanel,
    ShowValuePanel, TextSizePanel {
    public static let kind = PanelKind.barChart
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets the field whose values label the bars (by default the first string or time field).
    public consuming func xField(_ field: String) -> Self { option("xField", .string(field)) }
    /// Colours each bar by the colour of the same row's value in `field`.
    public consuming func colorByField(_ field: String) -> Self { option("colorByField", .string(field)) }
    /// Stacks the series' bars: normally, or as percentages.
    public consuming func stacking(_ mode: StackingMode) -> Self { option("stacking", mode.json) }
    /// Sets how much of its slot a group of bars takes, 0 to 1.
    public consuming func groupWidth(_ fraction: Double) -> Self { option("groupWidth", .double(fraction)) }
    /// Sets how much of its share of the group a bar takes, 0 to 1.
    public consuming func barWidth(_ fraction: Double) -> Self { option("barWidth", .double(fraction)) }
    /// Rounds the bars' ends, 0 (square) to 0.5.
    public consuming func barRadius(_ radius: Double) -> Self { option("barRadius", .double(radius)) }
    /// Highlights the whole slot under the pointer, not just the bar.
    public consuming func fullHighlight(_ highlight: Bool = true) -> Self { option("fullHighlight", .bool(highlight)) }
    /// Rotates the labels under the bars, -90 to 90 degrees.
    public consuming func xTickLabelRotation(_ degrees: Int) -> Self { option("xTickLabelRotation", .int(degrees)) }
    /// Cuts labels under the bars to `length` characters.
    public consuming func xTickLabelMaxLength(_ length: Int) -> Self { option("xTickLabelMaxLength", .int(length)) }
    /// Sets the least space in pixels between labels under the bars; labels that would be closer are
    /// skipped (counted from the end when negative).
    public consuming func xTickLabelSpacing(_ pixels: Int) -> Self { option("xTickLabelSpacing", .int(pixels)) }
}
