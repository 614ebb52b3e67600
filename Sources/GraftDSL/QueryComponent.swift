import GraftJSON
import GraftModel

/// Something that becomes one query (`targets[]`) of a panel.
public protocol QueryComponent: ModelComponent where Model == Target {
    /// The query as it will be saved (refId and datasource are filled in when the dashboard renders).
    var target: Target { get set }
}

extension QueryComponent {
    /// Changes the target.
    public mutating func updateModel(_ change: (inout Target) -> Void) { change(&target) }

    /// Sets the query's letter (`A`, `B`...); unset letters are given in order when rendering.
    public consuming func refId(_ refId: String) -> Self { configure { $0.refId = refId } }

    /// Sets the series name template (`{{pod}}`, `__auto`); `nil` leaves it out, as queries saved
    /// before Grafana wrote one are.
    public consuming func legend(_ format: String?) -> Self { configure { $0.legendFormat = format } }

    /// Sets the datasource, when it is not the panel's.
    public consuming func datasource(_ datasource: DataSourceRef) -> Self { configure { $0.datasource = datasource } }

    /// Hides the query's result from the panel (`hide(false)` writes the member as shown, `nil`
    /// leaves it out).
    public consuming func hide(_ hidden: Bool? = true) -> Self { configure { $0.hide = hidden } }

    /// Sets the minimum step (`1m`), or empty; `nil` leaves it out.
    public consuming func interval(_ interval: String?) -> Self { configure { $0.interval = interval } }

    /// Sets how the query was edited; `nil` leaves it out, as queries saved before the editor had
    /// modes (migrated from old Grafana versions) are.
    public consuming func editorMode(_ mode: Target.EditorMode?) -> Self { configure { $0.editorMode = mode } }

    /// Sets whether it runs as a range query; `nil` leaves the member out.
    public consuming func range(_ range: Bool?) -> Self { configure { $0.range = range } }

    /// Sets whether it runs as an instant query; `nil` leaves the member out. (`Prometheus.instant()`
    /// makes an instant query: instant on, range off.)
    public consuming func instant(_ instant: Bool?) -> Self { configure { $0.instant = instant } }
}

/// A PromQL query, as Grafana 11.3 saves one typed in the code editor:
/// `editorMode: code`, `legendFormat: __auto`, `range: true`.
public struct Prometheus: QueryComponent {
    public var target: Target

    /// A range query for `expr`. (Inlinable, as `Target.init` is.)
    @inlinable
    public init(_ expr: String) {
        target = Target(expr: expr)
        target.editorMode = .code
        target.legendFormat = "__auto"
        target.range = true
    }

    /// Makes it an instant query (one value per series, for tables and stats).
    public consuming func instant() -> Self {
        configure {
            $0.instant = true
            $0.range = false
        }
    }

    /// Sets the result format (`.table` for tables of instant values).
    public consuming func format(_ format: Target.QueryFormat) -> Self { configure { $0.format = format } }

    /// Sets whether exemplars are fetched.
    public consuming func exemplar(_ fetch: Bool) -> Self { configure { $0.exemplar = fetch } }

    /// Sets the legacy resolution divisor and fixed step that migrated graph panels carry.
    public consuming func resolution(intervalFactor: Int, step: Int? = nil) -> Self {
        configure {
            $0.intervalFactor = intervalFactor
            $0.step = step
        }
    }
}

/// A LogQL query.
public struct Loki: QueryComponent {
    public var target: Target

    /// Loki's query types, as its Grafana datasource saves them in `queryType`.
    private enum QueryType: String {
        /// Over the time range: log lines, or a metric's series.
        case range
        /// At the range's end: one value per series (for tables and stats).
        case instant
    }

    /// A range query for `expr` (a logs panel shows the lines).
    public init(_ expr: String) {
        target = Target(expr: expr)
        target.editorMode = .code
        target.queryType = QueryType.range.rawValue
    }

    /// Makes it an instant query: a metric query's value at the end of the range, one per series.
    public consuming func instant() -> Self { configure { $0.queryType = QueryType.instant.rawValue } }

    /// Limits the number of lines returned.
    public consuming func maxLines(_ count: Int) -> Self { configure { $0.unmodeled["maxLines"] = .int(count) } }
}

/// A query for any datasource, its members given as they are saved.
public struct Query: QueryComponent {
    public var target: Target

    /// A query from its saved members.
    public init(_ target: Target) { self.target = target }
}
