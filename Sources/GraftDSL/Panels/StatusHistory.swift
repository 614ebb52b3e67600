import GraftJSON
import GraftModel

extension PanelKind {
    /// Status history: a row of cells per series, one cell per sample, coloured by value.
    public static let statusHistory = PanelKind(
        id: "status-history", name: "Status history",
        options: timelineOptionDefaults.merging(["colWidth": 0.9]),
        fieldDefaults: fieldDefaults(color: .thresholds, custom: hideFromDefaults.merging(["fillOpacity": 70, "lineWidth": 1])))
}

/// A status history panel: a row of cells per series, one cell per sample, coloured by value.
public struct StatusHistory: PanelKindComponent, TimelinePanel {
    public static let kind = PanelKind.statusHistory
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets how much of its slot each cell fills across, 0 to 1 (0.9 leaves a gap between cells).
    public consuming func colWidth(_ fraction: Double) -> Self { option("colWidth", .double(fraction)) }
}
