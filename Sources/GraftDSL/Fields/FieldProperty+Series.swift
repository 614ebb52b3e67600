import GraftJSON
import GraftModel

// Override properties for the series of a graph (`custom.*` of time series, bar chart...).
extension FieldProperty {
    /// Hides the series from the legend, the tooltip or the graph; the editor saves all three.
    public static func hideFrom(legend: Bool = false, tooltip: Bool = false, viz: Bool = false) -> FieldProperty {
        custom("hideFrom", ["legend": .bool(legend), "tooltip": .bool(tooltip), "viz": .bool(viz)])
    }
    /// Sets where the series' axis goes (`.right` for a second axis).
    public static func axisPlacement(_ placement: AxisPlacement) -> FieldProperty { custom("axisPlacement", .string(placement.rawValue)) }
    /// Sets the series' axis label.
    public static func axisLabel(_ label: String) -> FieldProperty { custom("axisLabel", .string(label)) }
    /// Sets the line width in pixels.
    public static func lineWidth(_ width: Int) -> FieldProperty { custom("lineWidth", .int(width)) }
    /// Sets the fill under the line, 0 to 100.
    public static func fillOpacity(_ percent: Int) -> FieldProperty { custom("fillOpacity", .int(percent)) }
    /// Sets how the series is drawn: lines, bars or points.
    public static func drawStyle(_ style: GraphDrawStyle) -> FieldProperty { custom("drawStyle", .string(style.rawValue)) }
    /// Sets how points are joined.
    public static func lineInterpolation(_ interpolation: LineInterpolation) -> FieldProperty {
        custom("lineInterpolation", .string(interpolation.rawValue))
    }
    /// Sets when points are drawn.
    public static func showPoints(_ mode: ShowPoints) -> FieldProperty { custom("showPoints", .string(mode.rawValue)) }
    /// Sets the point size in pixels.
    public static func pointSize(_ pixels: Int) -> FieldProperty { custom("pointSize", .int(pixels)) }
    /// Stacks the series, in stacking group `group` when given.
    public static func stacking(_ mode: StackingMode, group: String? = nil) -> FieldProperty {
        custom("stacking", .members(["group": group.map(JSON.string), "mode": .string(mode.rawValue)]))
    }
    /// Transforms the series' values: `.negativeY` draws it below the axis, `.constant` as a flat line.
    public static func transform(_ transform: GraphTransform) -> FieldProperty { custom("transform", .string(transform.rawValue)) }
    /// Sets the line's style: solid, dashes or dots.
    public static func lineStyle(_ style: LineStyle) -> FieldProperty { custom("lineStyle", .object(style.object)) }
}
