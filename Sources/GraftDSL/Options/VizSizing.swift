import GraftJSON
import GraftModel

/// A panel that sizes a gauge or bar per value: gauge, bar gauge.
public protocol VizSizingPanel: PanelComponent {}

extension VizSizingPanel {
    /// Sets whether each gauge or bar fills its share of the panel, or keeps the sizes set by hand.
    public consuming func sizing(_ sizing: VizSizing) -> Self { option("sizing", sizing.json) }

    /// Sets the smallest width and height in pixels of each gauge or bar (used by `.manual`
    /// sizing); what is not given stays as it is.
    public consuming func minVizSize(width: Int? = nil, height: Int? = nil) -> Self {
        options(["minVizWidth": width.map(JSON.int), "minVizHeight": height.map(JSON.int)])
    }
}

/// How a gauge or bar is sized.
public enum VizSizing: String, OptionConstant {
    /// To fill the panel.
    case auto
    /// By the minimum (and, for bar gauges, maximum) sizes set.
    case manual
}
