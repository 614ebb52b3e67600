import GraftJSON

/// How a graph transforms a series' values before drawing them (`custom.transform`).
public struct GraphTransform: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Negated: drawn below the axis (received under sent, say).
    public static let negativeY: GraphTransform = "negative-Y"
    /// The first value, as a flat line across the graph.
    public static let constant: GraphTransform = "constant"
}
