import GraftJSON
import GraftModel

/// A panel whose shapes have an outline and a fill: time series, bar chart, histogram, state
/// timeline, status history.
public protocol FillPanel: FieldPanel {}

extension FillPanel {
    /// Sets the line width in pixels.
    public consuming func lineWidth(_ width: Int) -> Self { custom("lineWidth", .int(width)) }
    /// Sets the fill under lines, 0 to 100.
    public consuming func fillOpacity(_ percent: Int) -> Self { custom("fillOpacity", .int(percent)) }
}

/// A panel whose fill can be a gradient: time series, bar chart, histogram.
public protocol GradientFillPanel: FillPanel {}

extension GradientFillPanel {
    /// Sets how the fill fades: by opacity, by hue, or along the colour scheme.
    public consuming func gradientMode(_ mode: GraphGradientMode) -> Self { custom("gradientMode", mode.json) }
}

/// How a fill fades (`gradientMode`).
public enum GraphGradientMode: String, OptionConstant {
    /// One flat fill.
    case none
    /// From the line's colour to transparent.
    case opacity
    /// Through a lighter and a darker hue of the line's colour.
    case hue
    /// Along the colour scheme (thresholds or a continuous scheme), by value.
    case scheme
}
