import GraftJSON

/// How a field's colour is chosen: `{"mode": ..., "fixedColor": ...}`.
public struct FieldColor: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a field colour object")
        fixedColor = try reader.take("fixedColor")
        mode = try reader.require("mode", what: "the colour mode")
        seriesBy = try reader.take("seriesBy")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("fixedColor", fixedColor)
        writer.member("mode", mode)
        writer.member("seriesBy", seriesBy)
        writer.endObject()
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
