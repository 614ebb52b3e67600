import GraftJSON
import GraftModel

extension PanelKind {
    /// State timeline: a band per series, coloured by state, changing where the value changes.
    public static let stateTimeline = PanelKind(
        id: "state-timeline", name: "State timeline",
        options: timelineOptionDefaults.merging(["alignValue": "left", "mergeValues": true]),
        fieldDefaults: fieldDefaults(color: .greenYellowRed, custom: hideFromDefaults.merging([
            "fillOpacity": 70, "insertNulls": false, "lineWidth": 0, "spanNulls": false,
        ])))
}

/// A state timeline panel: a band per series, coloured by state (mappings and thresholds name
/// and colour the states).
public struct StateTimeline: PanelKindComponent, TimelinePanel, NullValuesPanel {
    public static let kind = PanelKind.stateTimeline
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Merges equal values that follow each other into one region (`true`, the default).
    public consuming func mergeValues(_ merge: Bool) -> Self { option("mergeValues", .bool(merge)) }
    /// Sets where values are written in their regions.
    public consuming func alignValue(_ alignment: TimelineValueAlignment) -> Self { option("alignValue", alignment.json) }
}

/// Where a state timeline writes a value in its region.
public enum TimelineValueAlignment: String, OptionConstant {
    /// At the start.
    case left
    /// In the middle.
    case center
    /// At the end.
    case right
}
