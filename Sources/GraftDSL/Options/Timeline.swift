import GraftJSON
import GraftModel

/// A panel that draws a row of states per series over time: state timeline, status history.
public protocol TimelinePanel: FieldPanel, LegendPanel, FillPanel, ShowValuePanel {}

extension TimelinePanel {
    /// Sets how much of its row each series' band fills, 0 to 1 (0.9 leaves a gap between rows).
    public consuming func rowHeight(_ fraction: Double) -> Self { option("rowHeight", .double(fraction)) }

    /// Shows `count` series a page, with buttons to page through the rest.
    public consuming func perPage(_ count: Int) -> Self { option("perPage", .int(count)) }
}

extension PanelKind {
    /// The legend and tooltip of a new state timeline or status history panel (a legend without reducers).
    static let timelineOptionDefaults: JSONObject = [
        "legend": ["displayMode": "list", "placement": "bottom", "showLegend": true], "rowHeight": 0.9, "showValue": "auto",
        "tooltip": ["mode": "single", "sort": "none"],
    ]
}
