import GraftJSON

/// Where a series' axis goes (`custom.axisPlacement`). Minimal; to reconcile with the axis options
/// of the panel kinds when they are modelled.
public struct AxisPlacement: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Left for the first unit, right for the second.
    public static let auto: AxisPlacement = "auto"
    /// Left.
    public static let left: AxisPlacement = "left"
    /// Right.
    public static let right: AxisPlacement = "right"
    /// Top (horizontal bar charts).
    public static let top: AxisPlacement = "top"
    /// Bottom (horizontal bar charts).
    public static let bottom: AxisPlacement = "bottom"
    /// No axis drawn.
    public static let hidden: AxisPlacement = "hidden"
}
