import GraftJSON
import GraftModel

/// A panel that can draw its thresholds on the graph: time series, bar chart.
public protocol ThresholdsStylePanel: FieldPanel {}

extension ThresholdsStylePanel {
    /// Sets how thresholds are drawn: not at all, as lines, as coloured areas, or both.
    public consuming func thresholdsStyle(_ mode: ThresholdsStyleMode) -> Self { custom("thresholdsStyle.mode", mode.json) }
}

extension PanelKind {
    /// `thresholdsStyle` of a new time series or bar chart panel: thresholds not drawn.
    static let thresholdsStyleDefaults: JSONObject = ["thresholdsStyle": ["mode": "off"]]
}

/// How thresholds are drawn on a graph.
public enum ThresholdsStyleMode: String, OptionConstant {
    /// Not drawn.
    case off
    /// As solid lines.
    case line
    /// As dashed lines.
    case dashed
    /// As coloured areas.
    case area
    /// As solid lines and coloured areas.
    case lineAndArea = "line+area"
    /// As dashed lines and coloured areas.
    case dashedAndArea = "dashed+area"
    /// As series of their own (with a legend entry each).
    case series
}
