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
        Color("rgb(\(red), \(green), \(blue))")
    }

    /// `rgba(r, g, b, a)`, alpha written as JavaScript writes numbers.
    public static func rgba(_ red: Int, _ green: Int, _ blue: Int, _ alpha: Double) -> Color {
        Color("rgba(\(red), \(green), \(blue), \(JavaScriptNumber.format(alpha)))")
    }
}
