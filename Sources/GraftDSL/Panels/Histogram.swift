import GraftJSON
import GraftModel

extension PanelKind {
    /// Histogram: how many values fall in each bucket, over the whole time range.
    public static let histogram = PanelKind(
        id: "histogram", name: "Histogram",
        options: legendOptionDefaults,
        fieldDefaults: fieldDefaults(color: .paletteClassic, custom: hideFromDefaults.merging(stackingDefaults).merging([
            "fillOpacity": 80, "gradientMode": "none", "lineWidth": 1,
        ])))
}

/// A histogram panel: how many values fall in each bucket, over the whole time range.
public struct Histogram: PanelKindComponent, LegendPanel, GradientFillPanel, StackingPanel {
    public static let kind = PanelKind.histogram
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets about how many buckets the values are counted in (30 unless told otherwise).
    public consuming func bucketCount(_ count: Int) -> Self { option("bucketCount", .int(count)) }
    /// Sets the width of each bucket, in the values' unit (picked from the bucket count unless told).
    public consuming func bucketSize(_ size: Double) -> Self { option("bucketSize", .double(size)) }
    /// Moves the buckets' edges by `offset` from zero.
    public consuming func bucketOffset(_ offset: Double) -> Self { option("bucketOffset", .double(offset)) }
    /// Counts all series' values in one histogram rather than one per series.
    public consuming func combine(_ combine: Bool = true) -> Self { option("combine", .bool(combine)) }
}
