import GraftJSON
import GraftModel

/// A panel that lays its values out across or down: stat, gauge, bar gauge, bar chart.
public protocol OrientedPanel: PanelComponent {}

extension OrientedPanel {
    /// Sets whether values are laid out across or down (`auto` picks by the panel's shape).
    public consuming func orientation(_ orientation: VizOrientation) -> Self { option("orientation", orientation.json) }
}

/// Which way values are laid out.
public enum VizOrientation: String, OptionConstant {
    /// Picked by the panel's shape.
    case auto
    /// Side by side.
    case horizontal
    /// Stacked.
    case vertical
}
