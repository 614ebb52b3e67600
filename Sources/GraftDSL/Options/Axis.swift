import GraftJSON
import GraftModel

/// A panel with a value axis: time series, bar chart.
public protocol AxisPanel: FieldPanel {}

extension AxisPanel {
    /// Sets where the axis goes, or hides it.
    public consuming func axisPlacement(_ placement: AxisPlacement) -> Self { custom("axisPlacement", placement.json) }

    /// Sets the axis label.
    public consuming func axisLabel(_ label: String) -> Self { custom("axisLabel", .string(label)) }

    /// Sets the soft bounds of the axis: it reaches at least this far, further when values do
    /// (`range(min:max:)` sets hard bounds). What is not given stays as it is.
    public consuming func softRange(min: Double? = nil, max: Double? = nil) -> Self {
        custom(["axisSoftMin": min.map(JSON.double), "axisSoftMax": max.map(JSON.double)])
    }

    /// Sets how values are spread along the axis: linear, logarithmic, symmetrical log.
    public consuming func scaleDistribution(_ scale: ScaleDistribution) -> Self { custom("scaleDistribution", .object(scale.object)) }

    /// Centres zero on the axis.
    public consuming func axisCenteredZero(_ centered: Bool = true) -> Self { custom("axisCenteredZero", .bool(centered)) }

    /// Draws the axis line.
    public consuming func axisBorderShow(_ show: Bool = true) -> Self { custom("axisBorderShow", .bool(show)) }

    /// Sets what colours the axis: the text colour, or the series'.
    public consuming func axisColorMode(_ mode: AxisColorMode) -> Self { custom("axisColorMode", mode.json) }

    /// Sets the axis width in pixels (to line up the axes of panels above each other).
    public consuming func axisWidth(_ width: Int) -> Self { custom("axisWidth", .int(width)) }

    /// Shows or hides the grid lines of the axis (`nil` in Grafana: by the axis' placement).
    public consuming func axisGridShow(_ show: Bool) -> Self { custom("axisGridShow", .bool(show)) }
}

extension PanelKind {
    /// The axis field options of a new time series or bar chart panel.
    static let axisFieldDefaults: JSONObject = [
        "axisBorderShow": false, "axisCenteredZero": false, "axisColorMode": "text", "axisLabel": "", "axisPlacement": "auto",
        "scaleDistribution": ["type": "linear"],
    ]
}

/// Where a value axis goes.
public enum AxisPlacement: String, OptionConstant {
    /// Left, and right for a second unit.
    case auto
    /// Left.
    case left
    /// Right.
    case right
    /// Above (a horizontal bar chart's value axis).
    case top
    /// Below.
    case bottom
    /// Not drawn.
    case hidden
}

/// What colours an axis.
public enum AxisColorMode: String, OptionConstant {
    /// The theme's text colour.
    case text
    /// The series' colour.
    case series
}

/// How values are spread along an axis (`scaleDistribution`).
public struct ScaleDistribution: Sendable, Hashable {
    /// The object Grafana saves: `type`, and `log` (the base) and `linearThreshold` where they apply.
    public let object: JSONObject

    /// Evenly.
    public static let linear = ScaleDistribution(object: ["type": "linear"])

    /// Logarithmically, in base 2 or 10.
    public static func log(base: Int = 2) -> ScaleDistribution {
        ScaleDistribution(object: ["log": .int(base), "type": "log"])
    }

    /// Logarithmically in `base` on both sides of zero, linearly within `linearThreshold` of it.
    public static func symlog(base: Int = 2, linearThreshold: Double? = nil) -> ScaleDistribution {
        var object: JSONObject = ["log": .int(base), "type": "symlog"]
        if let linearThreshold { object["linearThreshold"] = .double(linearThreshold) }
        return ScaleDistribution(object: object)
    }
}
