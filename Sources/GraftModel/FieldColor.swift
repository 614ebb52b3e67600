import GraftJSON

/// How a field's colour is chosen: `{"mode": ..., "fixedColor": ...}`.
public struct FieldColor: Sendable, JSONModel {
    /// The colour scheme (`ColorMode.paletteClassic`, `.thresholds`, `.fixed`...).
    public var mode: ColorMode
    /// The colour when `mode` is `fixed` or `shades`.
    public var fixedColor: Color?
    /// For gradient schemes: which value picks the colour (`last`, `min`, `max`).
    public var seriesBy: String?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A colour scheme, with its fixed colour if it has one.
    public init(mode: ColorMode, fixedColor: Color? = nil, seriesBy: String? = nil) {
        self.mode = mode
        self.fixedColor = fixedColor
        self.seriesBy = seriesBy
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a field colour object"
    public static var unread: FieldColor { FieldColor(mode: "") }

    public func fields(_ v: inout some FieldVisitor<FieldColor>) {
        field("fixedColor", \.fixedColor, in: &v)
        required("mode", \.mode, .fails("the colour mode"), in: &v)
        field("seriesBy", \.seriesBy, in: &v)
    }
}

/// A field colour scheme, as Grafana names it.
public struct ColorMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Colour from the thresholds.
    public static let thresholds: ColorMode = "thresholds"
    /// Classic palette: one colour per series.
    public static let paletteClassic: ColorMode = "palette-classic"
    /// Classic palette, colour by series name.
    public static let paletteClassicByName: ColorMode = "palette-classic-by-name"
    /// One fixed colour.
    public static let fixed: ColorMode = "fixed"
    /// Shades of one colour.
    public static let shades: ColorMode = "shades"
    /// Green-yellow-red gradient by value.
    public static let greenYellowRed: ColorMode = "continuous-GrYlRd"
    /// Blue-yellow-red gradient by value.
    public static let blueYellowRed: ColorMode = "continuous-BlYlRd"
    /// Blue-purple gradient by value.
    public static let bluePurple: ColorMode = "continuous-BlPu"
    /// Viridis gradient by value.
    public static let viridis: ColorMode = "continuous-viridis"
}
