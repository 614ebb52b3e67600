import GraftJSON
import GraftModel

extension PanelKind {
    /// Time series: lines, bars or points over time.
    public static let timeseries = PanelKind(
        id: "timeseries", name: "Time series",
        options: [
            "legend": ["calcs": [], "displayMode": "list", "placement": "bottom", "showLegend": true],
            "tooltip": ["mode": "single", "sort": "none"],
        ],
        fieldDefaults: fieldDefaults(color: .paletteClassic, custom: graphFieldDefaults))

    /// The `custom` field options of a new time series panel.
    static let graphFieldDefaults: JSONObject = [
        "axisBorderShow": false, "axisCenteredZero": false, "axisColorMode": "text", "axisLabel": "",
        "axisPlacement": "auto", "barAlignment": 0, "barWidthFactor": 0.6, "drawStyle": "line", "fillOpacity": 0,
        "gradientMode": "none", "hideFrom": ["legend": false, "tooltip": false, "viz": false], "insertNulls": false,
        "lineInterpolation": "linear", "lineWidth": 1, "pointSize": 5, "scaleDistribution": ["type": "linear"],
        "showPoints": "auto", "spanNulls": false, "stacking": ["group": "A", "mode": "none"],
        "thresholdsStyle": ["mode": "off"],
    ]
}

/// A time series panel: lines, bars or points over time.
public struct Timeseries: PanelKindComponent, FieldPanel, LegendPanel {
    public static let kind = PanelKind.timeseries
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets how series are drawn: lines, bars or points.
    public func drawStyle(_ style: GraphDrawStyle) -> Self { custom("drawStyle", .string(style.rawValue)) }
    /// Sets the line width in pixels.
    public func lineWidth(_ width: Int) -> Self { custom("lineWidth", .int(width)) }
    /// Sets the fill under lines, 0 to 100.
    public func fillOpacity(_ percent: Int) -> Self { custom("fillOpacity", .int(percent)) }
    /// Sets when points are drawn.
    public func showPoints(_ mode: ShowPoints) -> Self { custom("showPoints", .string(mode.rawValue)) }
    /// Stacks series: normally, or as percentages.
    public func stacking(_ mode: StackingMode) -> Self { custom("stacking.mode", .string(mode.rawValue)) }
    /// Sets how points are joined.
    public func lineInterpolation(_ interpolation: LineInterpolation) -> Self {
        custom("lineInterpolation", .string(interpolation.rawValue))
    }
}

/// How a time series is drawn.
public struct GraphDrawStyle: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Lines.
    public static let line: GraphDrawStyle = "line"
    /// Bars.
    public static let bars: GraphDrawStyle = "bars"
    /// Points.
    public static let points: GraphDrawStyle = "points"
}

/// When a time series draws its points.
public struct ShowPoints: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// When they are far enough apart.
    public static let auto: ShowPoints = "auto"
    /// Never.
    public static let never: ShowPoints = "never"
    /// Always.
    public static let always: ShowPoints = "always"
}

/// How series are stacked.
public struct StackingMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Not stacked.
    public static let none: StackingMode = "none"
    /// Stacked values.
    public static let normal: StackingMode = "normal"
    /// Stacked to 100%.
    public static let percent: StackingMode = "percent"
}

/// How a line joins its points.
public struct LineInterpolation: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Straight lines.
    public static let linear: LineInterpolation = "linear"
    /// Smooth curves.
    public static let smooth: LineInterpolation = "smooth"
    /// Steps before each point.
    public static let stepBefore: LineInterpolation = "stepBefore"
    /// Steps after each point.
    public static let stepAfter: LineInterpolation = "stepAfter"
}
