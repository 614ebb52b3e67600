import GraftJSON
import GraftModel

/// A panel with a legend and a tooltip: time series, pie chart, bar chart, heatmap...
public protocol LegendPanel: PanelComponent {}

extension LegendPanel {
    /// Sets the legend: how it is drawn, where, which reducers it shows, whether it shows at all;
    /// what is not given stays as it is.
    public consuming func legend(_ mode: LegendDisplayMode? = nil, placement: LegendPlacement? = nil,
                       calcs: [Reducer]? = nil, show: Bool? = nil) -> Self {
        options(in: "legend", [
            "calcs": calcs.map { .array($0.map { .string($0.rawValue) }) }, "displayMode": mode.map { .string($0.rawValue) },
            "placement": placement.map { .string($0.rawValue) }, "showLegend": show.map(JSON.bool),
        ])
    }

    /// Sets the tooltip: one series or all, and optionally their order.
    public consuming func tooltip(_ mode: TooltipMode, sort: SortOrder? = nil) -> Self {
        options(in: "tooltip", ["mode": .string(mode.rawValue), "sort": sort.map { .string($0.rawValue) }])
    }
}

/// How a legend is drawn.
public enum LegendDisplayMode: String, OptionConstant {
    /// One line per series.
    case list
    /// A table, with a column per reducer.
    case table
    /// Not drawn.
    case hidden
}

/// Where a legend goes.
public enum LegendPlacement: String, OptionConstant {
    /// Below the graph.
    case bottom
    /// To the right of the graph.
    case right
}

/// Which series a tooltip shows.
public enum TooltipMode: String, OptionConstant {
    /// The one under the pointer.
    case single
    /// All of them.
    case multi
    /// No tooltip.
    case none
}

/// The order of values in a tooltip or legend.
public enum SortOrder: String, OptionConstant {
    /// As they come.
    case none
    /// Smallest first.
    case ascending = "asc"
    /// Largest first.
    case descending = "desc"
}

extension PanelKind {
    /// The legend (a list below the graph, no reducers) and tooltip (the series under the pointer)
    /// of a new time series, bar chart or histogram panel.
    static let legendOptionDefaults: JSONObject = [
        "legend": ["calcs": [], "displayMode": "list", "placement": "bottom", "showLegend": true],
        "tooltip": ["mode": "single", "sort": "none"],
    ]
}
