import GraftJSON
import GraftModel

/// A variable of time intervals, for queries' steps and rates (`$interval`).
public struct IntervalVariable: VariableComponent {
    public var model: VariableModel

    /// A variable `name` offering `intervals`, the first selected (Grafana's own list unless given).
    public init(_ name: String, intervals: [String] = ["1m", "10m", "30m", "1h", "6h", "12h", "1d", "7d", "14d", "30d"]) {
        model = VariableModel(type: .interval, name: name)
        model.unmodeled = ["auto": false, "auto_count": 30, "auto_min": "10s"]
        (model.current, model.options) = selection(intervals)
        model.query = .string(intervals.joined(separator: ","))
        model.refresh = VariableRefresh.onTimeRangeChange.rawValue
    }

    /// Adds an `auto` interval: the range divided into `steps`, at least `minimum`.
    public consuming func auto(steps: Int = 30, minimum: String = "10s") -> Self {
        configure { $0.unmodeled = ["auto": true, "auto_count": .int(steps), "auto_min": .string(minimum)] }
    }
}
