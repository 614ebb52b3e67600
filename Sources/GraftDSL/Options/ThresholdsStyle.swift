import GraftJSON
import GraftModel

/// A panel that can draw its thresholds on the graph: time series, bar chart.
public protocol ThresholdsStylePanel: FieldPanel {}

extension ThresholdsStylePanel {
    /// Sets how thresholds are drawn: not at all, as lines, as coloured areas, or both.
    public func thresholdsStyle(_ mode: ThresholdsStyleMode) -> Self { custom("thresholdsStyle.mode", mode.json) }
}

extension PanelKind {
    /// `thresholdsStyle` of a new time series or bar chart panel: thresholds not drawn.
    static let thresholdsStyleDefaults: JSONObject = ["thresholdsStyle": ["mode": "off"]]
}

/// How thresholds are drawn on a graph.
public struct ThresholdsStyleMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Not drawn.
    public static let off: ThresholdsStyleMode = "off"
    /// As solid lines.
    public static let line: ThresholdsStyleMode = "line"
    /// As dashed lines.
    public static let dashed: ThresholdsStyleMode = "dashed"
    /// As coloured areas.
    public static let area: ThresholdsStyleMode = "area"
    /// As solid lines and coloured areas.
    public static let lineAndArea: ThresholdsStyleMode = "line+area"
    /// As dashed lines and coloured areas.
    public static let dashedAndArea: ThresholdsStyleMode = "dashed+area"
    /// As series of their own (with a legend entry each).
    public static let series: ThresholdsStyleMode = "series"
}
