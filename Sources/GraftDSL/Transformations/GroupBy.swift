import GraftJSON
import GraftModel

/// Group by: rows grouped by field values, other fields aggregated (`groupBy`). Each field the
/// editor touched is saved with both its `aggregations` and its `operation`.
public struct GroupBy: TransformationComponent {
    public var transformation: Transformation

    /// Groups rows by the values of `fields`, and computes `calculate`'s reducers for each of its fields.
    public init(_ fields: [String], calculate: KeyValuePairs<String, [Reducer]> = [:]) {
        let grouped = fields.map { ($0, ["aggregations": [], "operation": "groupby"] as JSON) }
        let calculated = calculate.map { ($0.key, ["aggregations": .strings($0.value.map(\.rawValue)), "operation": "aggregate"] as JSON) }
        transformation = Transformation(.groupBy, ["fields": .object(JSONObject(grouped + calculated))])
    }
}
