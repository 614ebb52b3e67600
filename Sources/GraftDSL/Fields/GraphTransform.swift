import GraftJSON

/// How a graph transforms a series' values before drawing them (`custom.transform`).
public enum GraphTransform: String, OptionConstant {
    /// Negated: drawn below the axis (received under sent, say).
    case negativeY = "negative-Y"
    /// The first value, as a flat line across the graph.
    case constant
}
