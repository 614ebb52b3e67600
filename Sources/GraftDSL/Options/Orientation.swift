import GraftJSON
import GraftModel

/// A panel that lays its values out across or down: stat, gauge, bar gauge, bar chart.
public protocol OrientedPanel: PanelComponent {}

extension OrientedPanel {
    /// Sets whether values are laid out across or down (`auto` picks by the panel's shape).
    public func orientation(_ orientation: VizOrientation) -> Self { option("orientation", orientation.json) }
}

/// Which way values are laid out.
public struct VizOrientation: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Picked by the panel's shape.
    public static let auto: VizOrientation = "auto"
    /// Side by side.
    public static let horizontal: VizOrientation = "horizontal"
    /// Stacked.
    public static let vertical: VizOrientation = "vertical"
}
