import GraftJSON
import GraftModel

/// Join by field: frames joined into one on a shared field (`joinByField`).
///
/// Grafana's default options hold the mode, so a saved join always has `mode`; `byField` only
/// once a field is picked (none joins on the first time field).
public struct JoinByField: TransformationComponent {
    public var transformation: Transformation

    /// Joins on `field` (the time field when `nil`), keeping rows as `mode` says.
    public init(_ field: String? = nil, mode: JoinMode = .outer) {
        transformation = Transformation(.joinByField, ["byField": field.map(JSON.string), "mode": .string(mode.rawValue)])
    }
}

/// Which rows a join keeps.
public struct JoinMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Every row of any frame, one per value of the field (for time series).
    public static let outer: JoinMode = "outer"
    /// Only rows whose value is in every frame.
    public static let inner: JoinMode = "inner"
    /// Every row of any frame, values repeated as tables have them ("OUTER (TABULAR)").
    public static let outerTabular: JoinMode = "outerTabular"
}
