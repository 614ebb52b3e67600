import GraftJSON
import GraftModel

/// A panel with a legend and a tooltip: time series, pie chart, bar chart, heatmap...
public protocol LegendPanel: PanelComponent {}

extension LegendPanel {
    /// Sets the legend: how it is drawn, where, which reducers it shows, whether it shows at all;
    /// what is not given stays as it is.
    public func legend(_ mode: LegendDisplayMode? = nil, placement: LegendPlacement? = nil,
                       calcs: [Reducer]? = nil, show: Bool? = nil) -> Self {
        options(in: "legend", [
            "calcs": calcs.map { .array($0.map { .string($0.rawValue) }) }, "displayMode": mode.map { .string($0.rawValue) },
            "placement": placement.map { .string($0.rawValue) }, "showLegend": show.map(JSON.bool),
        ])
    }

    /// Sets the tooltip: one series or all, and optionally their order.
    public func tooltip(_ mode: TooltipMode, sort: SortOrder? = nil) -> Self {
        options(in: "tooltip", ["mode": .string(mode.rawValue), "sort": sort.map { .string($0.rawValue) }])
    }
}

/// How a legend is drawn.
public struct LegendDisplayMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// One line per series.
    public static let list: LegendDisplayMode = "list"
    /// A table, with a column per reducer.
    public static let table: LegendDisplayMode = "table"
    /// Not drawn.
    public static let hidden: LegendDisplayMode = "hidden"
}

/// Where a legend goes.
public struct LegendPlacement: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Below the graph.
    public static let bottom: LegendPlacement = "bottom"
    /// To the right of the graph.
    public static let right: LegendPlacement = "right"
}

/// Which series a tooltip shows.
public struct TooltipMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The one under the pointer.
    public static let single: TooltipMode = "single"
    /// All of them.
    public static let multi: TooltipMode = "multi"
    /// No tooltip.
    public static let none: TooltipMode = "none"
}

/// The order of values in a tooltip or legend.
public struct SortOrder: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// As they come.
    public static let none: SortOrder = "none"
    /// Smallest first.
    public static let ascending: SortOrder = "asc"
    /// Largest first.
    public static let descending: SortOrder = "desc"
}

extension PanelKind {
    /// The legend (a list below the graph, no reducers) and tooltip (the series under the pointer)
    /// of a new time series, bar chart or histogram panel.
    static let legendOptionDefaults: JSONObject = [
        "legend": ["calcs": [], "displayMode": "list", "placement": "bottom", "showLegend": true],
        "tooltip": ["mode": "single", "sort": "none"],
    ]
}
