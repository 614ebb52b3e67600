import GraftJSON

/// How a series' line is drawn (`custom.lineStyle`): solid, or dashes or dots with segment lengths.
public struct LineStyle: Sendable, Hashable {
    /// `solid`, `dash` or `dot`.
    let fill: String
    /// The segment lengths, in pixels, for dashes and dots.
    let segments: [Int]?

    /// A solid line.
    public static let solid = LineStyle(fill: "solid", segments: nil)
    /// Dashes of `segments` (Grafana's first choice is 10 on, 10 off).
    public static func dash(_ segments: [Int] = [10, 10]) -> LineStyle { LineStyle(fill: "dash", segments: segments) }
    /// Dots, `segments` apart (Grafana's first choice is 0 on, 10 off).
    public static func dots(_ segments: [Int] = [0, 10]) -> LineStyle { LineStyle(fill: "dot", segments: segments) }

    /// As the editor saves it: `{"fill": "dash", "dash": [10, 10]}`, no `dash` for a solid line.
    var json: JSON { .members(["dash": segments.map { .array($0.map(JSON.int)) }, "fill": .string(fill)]) }
}
