import GraftJSON
import GraftModel

/// A variable whose values come from a datasource query (`label_values(metric, label)`...).
public struct QueryVariable: MultiValueVariable {
    public var model: VariableModel

    /// A variable `name` with values from the Prometheus query `query`, refreshed on dashboard load,
    /// as Grafana 11.3 exports it (current value and options cleared).
    public init(_ name: String, query: String) {
        model = VariableModel(type: .query, name: name)
        model.current = [:]
        model.definition = query
        model.options = []
        model.query = ["query": .string(query), "refId": "StandardVariableQuery"]
        model.refresh = VariableRefresh.onDashboardLoad.rawValue
        model.regex = ""
    }

    /// Keeps only values matching `regex`; a capture group extracts part of each value.
    public consuming func regex(_ regex: String) -> Self { configure { $0.regex = regex } }

    /// Sets when the values are queried again.
    public consuming func refresh(_ refresh: VariableRefresh) -> Self { configure { $0.refresh = refresh.rawValue } }

    /// Sets the order of the values.
    public consuming func sort(_ sort: VariableSort) -> Self { configure { $0.sort = sort.rawValue } }

    /// Sets the datasource queried, when it is not the dashboard's.
    public consuming func datasource(_ datasource: DataSourceRef) -> Self { configure { $0.datasource = datasource } }
}

/// When a query variable's values are fetched again.
public enum VariableRefresh: Int, CaseIterable, Sendable {
    /// Only when the dashboard loads.
    case onDashboardLoad = 1
    /// Whenever the time range changes.
    case onTimeRangeChange = 2
}

/// The order of a query variable's values.
public enum VariableSort: Int, CaseIterable, Sendable {
    /// As the query returns them.
    case disabled = 0
    /// Alphabetical, A to Z.
    case alphabeticalAscending = 1
    /// Alphabetical, Z to A.
    case alphabeticalDescending = 2
    /// Numerical, smallest first.
    case numericalAscending = 3
    /// Numerical, largest first.
    case numericalDescending = 4
}
