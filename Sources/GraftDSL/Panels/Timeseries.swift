import GraftJSON
import GraftModel

extension PanelKind {
    /// Time series: lines, bars or points over time.
    public static let timeseries = PanelKind(
        id: "timeseries", name: "Time series",
        options: legendOptionDefaults,
        fieldDefaults: fieldDefaults(color: .paletteClassic, custom: graphFieldDefaults))

    /// The `custom` field options of a new time series panel.
    static let graphFieldDefaults: JSONObject = axisFieldDefaults.merging(hideFromDefaults).merging(stackingDefaults)
        .merging(thresholdsStyleDefaults).merging([
            "barAlignment": 0, "barWidthFactor": 0.6, "drawStyle": "line", "fillOpacity": 0, "gradientMode": "none",
            "insertNulls": false, "lineInterpolation": "linear", "lineWidth": 1, "pointSize": 5, "showPoints": "auto",
            "spanNulls": false,
        ])
}

/// A time series panel: lines, bars or points over time.
public struct Timeseries: PanelKindComponent, LegendPanel, AxisPanel, GradientFillPanel, StackingPanel, ThresholdsStylePanel,
    NullValuesPanel {
    public static let kind = PanelKind.timeseries
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets how series are drawn: lines, bars or points.
    public consuming func drawStyle(_ style: GraphDrawStyle) -> Self { custom("drawStyle", style.json) }
    /// Sets when points are drawn.
    public consuming func showPoints(_ mode: ShowPoints) -> Self { custom("showPoints", mode.json) }
    /// Sets the diameter of points in pixels.
    public consuming func pointSize(_ size: Int) -> Self { custom("pointSize", .int(size)) }
    /// Sets how points are joined.
    public consuming func lineInterpolation(_ interpolation: LineInterpolation) -> Self { custom("lineInterpolation", interpolation.json) }
    /// Draws lines solid, dashed or dotted.
    public consuming func lineStyle(_ style: LineStyle) -> Self { custom("lineStyle", .object(style.object)) }
    /// Sets where a bar stands against its point in time (`.bars` draw style).
    public consuming func barAlignment(_ alignment: BarAlignment) -> Self { custom("barAlignment", .int(alignment.rawValue)) }
    /// Sets how much of the space between points a bar takes, 0 to 1 (`.bars` draw style).
    public consuming func barWidthFactor(_ factor: Double) -> Self { custom("barWidthFactor", .double(factor)) }

    /// Shows the thresholds of the alert rule behind the panel (the option a migrated graph panel keeps).
    public consuming func alertThreshold(_ show: Bool = true) -> Self { option("alertThreshold", .bool(show)) }
}

/// How a time series is drawn.
public enum GraphDrawStyle: String, OptionConstant {
    /// Lines.
    case line
    /// Bars.
    case bars
    /// Points.
    case points
}

/// When a time series draws its points: Grafana's `VisibilityMode`, as `showValue` takes.
public typealias ShowPoints = VisibilityMode

/// How a line joins its points.
public enum LineInterpolation: String, OptionConstant {
    /// Straight lines.
    case linear
    /// Smooth curves.
    case smooth
    /// Steps before each point.
    case stepBefore
    /// Steps after each point.
    case stepAfter
}

/// How a line is drawn: solid, or dashed or dotted in a pattern (`lineStyle`).
public struct LineStyle: Sendable, Hashable {
    /// The object Grafana saves: `fill`, and `dash` (the pattern's lengths in pixels) unless solid.
    public let object: JSONObject

    /// A solid line.
    public static let solid = LineStyle(object: ["fill": "solid"])

    /// Dashes: `segments` alternate drawn and skipped lengths in pixels (Grafana offers 10,10 to 40,10).
    public static func dashed(_ segments: Int...) -> LineStyle { pattern("dash", segments.isEmpty ? [10, 10] : segments) }

    /// Dots: `segments` alternate dot and gap lengths in pixels, the dots of length 0 (0,10 to 0,60).
    public static func dotted(_ segments: Int...) -> LineStyle { pattern("dot", segments.isEmpty ? [0, 10] : segments) }

    private static func pattern(_ fill: String, _ segments: [Int]) -> LineStyle {
        LineStyle(object: ["dash": .array(segments.map(JSON.int)), "fill": .string(fill)])
    }
}

/// Where a bar stands against its point in time.
public struct BarAlignment: Sendable, Hashable {
    /// The number Grafana saves: -1, 0 or 1.
    public let rawValue: Int
    /// Ending at the point.
    public static let before = BarAlignment(rawValue: -1)
    /// Centred on the point.
    public static let center = BarAlignment(rawValue: 0)
    /// Starting at the point.
    public static let after = BarAlignment(rawValue: 1)
}
