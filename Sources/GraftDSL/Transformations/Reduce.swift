import GraftJSON
import GraftModel

/// Reduce: each field reduced to values such as max, mean or last (`reduce`).
///
/// Grafana's default options are `reducers: [max]`. Choosing a mode in the editor also saves
/// `includeTimeField`: `false` for series to rows, the switch's state for reduce fields.
public struct Reduce: TransformationComponent {
    public var transformation: Transformation

    /// Reduces every field with `reducers`, laid out as `mode` says; `includeTimeField` keeps the
    /// time field (reduce fields), `labelsToFields` turns labels into columns (series to rows).
    public init(_ reducers: Reducer..., mode: ReduceMode? = nil, includeTimeField: Bool? = nil, labelsToFields: Bool? = nil) {
        let keepsTime = mode.map { $0 == .reduceFields && includeTimeField == true } ?? includeTimeField
        transformation = Transformation(.reduce, [
            "includeTimeField": keepsTime.map(JSON.bool), "labelsToFields": labelsToFields.map(JSON.bool),
            "mode": mode.map { .string($0.rawValue) }, "reducers": .strings(reducers.map(\.rawValue)),
        ])
    }
}

/// How a reduction is laid out.
public enum ReduceMode: String, OptionConstant {
    /// A row per field, a column per reducer.
    case seriesToRows
    /// The same fields, each reduced to one value.
    case reduceFields
}
