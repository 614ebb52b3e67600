import GraftJSON
import GraftModel

/// How a series is reduced to one value (`reduceOptions.calcs`, legend calcs, table footers).
public struct Reducer: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The last value that is not null.
    public static let lastNotNull: Reducer = "lastNotNull"
    /// The last value.
    public static let last: Reducer = "last"
    /// The first value that is not null.
    public static let firstNotNull: Reducer = "firstNotNull"
    /// The first value.
    public static let first: Reducer = "first"
    /// The mean.
    public static let mean: Reducer = "mean"
    /// The largest value.
    public static let max: Reducer = "max"
    /// The smallest value.
    public static let min: Reducer = "min"
    /// The sum.
    public static let sum: Reducer = "sum"
    /// How many values.
    public static let count: Reducer = "count"
    /// The difference between the last and the first value.
    public static let delta: Reducer = "delta"
    /// The difference between max and min.
    public static let range: Reducer = "range"
}

/// A panel that reduces each series to values it shows: stat, gauge, bar gauge, pie chart.
public protocol ReducingPanel: OrientedPanel {}

extension ReducingPanel {
    /// Sets how each series is reduced (`reduceOptions`): the reducers, and optionally which fields
    /// and whether every value is shown rather than one per series.
    public consuming func reduce(_ calcs: Reducer..., fields: String? = nil, allValues: Bool? = nil) -> Self {
        options(in: "reduceOptions", [
            "calcs": .array(calcs.map { .string($0.rawValue) }), "fields": fields.map(JSON.string), "values": allValues.map(JSON.bool),
        ])
    }
}
