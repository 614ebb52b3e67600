import GraftJSON

/// A colour as Grafana writes it: a palette name (`green`), `#rrggbb`, `rgb(...)` or `rgba(...)`.
public struct Color: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Palette green.
    public static let green: Color = "green"
    /// Palette red.
    public static let red: Color = "red"
    /// Palette yellow.
    public static let yellow: Color = "yellow"
    /// Palette orange.
    public static let orange: Color = "orange"
    /// Palette blue.
    public static let blue: Color = "blue"
    /// Palette purple.
    public static let purple: Color = "purple"
    /// The theme's text colour.
    public static let text: Color = "text"
    /// Transparent.
    public static let transparent: Color = "transparent"

    /// `rgb(r, g, b)`, as Grafana's colour picker writes it.
    public static func rgb(_ red: Int, _ green: Int, _ blue: Int) -> Color {
        components("rgb(", [red, green, blue], alpha: nil)
    }

    /// `rgba(r, g, b, a)`, alpha written as JavaScript writes numbers.
    public static func rgba(_ red: Int, _ green: Int, _ blue: Int, _ alpha: Double) -> Color {
        components("rgba(", [red, green, blue], alpha: alpha)
    }

    /// `prefix` and the channels, comma-separated, then `)`. Written byte by byte: a catalog makes
    /// these in every panel it builds, and string interpolation costs several times as much.
    private static func components(_ prefix: String, _ channels: [Int], alpha: Double?) -> Color {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        bytes.append(contentsOf: prefix.utf8)
        for (index, channel) in channels.enumerated() {
            if index > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
            JavaScriptNumber.appendInteger(Int64(channel), to: &bytes)
        }
        if let alpha {
            bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")])
            JavaScriptNumber.append(alpha, to: &bytes)
        }
        bytes.append(UInt8(ascii: ")"))
        return Color(String(decoding: bytes, as: UTF8.self))
    }
}
