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
public enum JoinMode: String, OptionConstant {
    /// Every row of any frame, one per value of the field (for time series).
    case outer
    /// Only rows whose value is in every frame.
    case inner
    /// Every row of any frame, values repeated as tables have them ("OUTER (TABULAR)").
    case outerTabular
}
