import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftPromQL

/// What a query's values measure, as far as its metric names and functions tell: how `graft lint`
/// decides that a panel without a unit should have one.
///
/// A metric measures bytes when its name has a `_bytes` part, a duration when (less `_total`,
/// `_sum`, `_bucket`) it ends in `_seconds`, `_duration`, `_time` or `_ms`, and plain counts
/// otherwise (a `_count` series counts). `rate`, `irate` and `deriv` make it per second;
/// `histogram_quantile` keeps the histogram's quantity; aggregations and value-keeping functions
/// keep it; `a / b` of the same quantity is a ratio (no unit needed), of a quantity over a count keeps
/// the quantity (per second cancels out); with a literal number the other side decides; seconds per
/// second (CPU usage) is a ratio.
struct QueryDimension: Sendable, Hashable {
    /// What is measured.
    enum Quantity: Sendable, Hashable {
        case count, bytes, duration
    }

    var quantity: Quantity
    var perSecond: Bool

    /// What a panel without a unit shows, when it needs one: "bytes", "bytes per second", "durations", "per-second rates".
    var needsUnit: String? {
        switch (quantity, perSecond) {
        case (.bytes, false): return "bytes"
        case (.bytes, true): return "bytes per second"
        case (.duration, false): return "durations"
        case (.count, true): return "per-second rates"
        case (.duration, true), (.count, false): return nil  // seconds per second is a ratio
        }
    }

    /// The dimension of `expression`, or `nil` for literals and what cannot be told.
    static func of(_ expression: PromQLExpression) -> QueryDimension? {
        switch expression {
        case .number, .string:
            return nil
        case .selector(let selector):
            return selector.metric.map(QueryDimension.init(metric:))
        case .call(let name, let arguments):
            switch name {
            case "rate", "irate", "deriv":
                return of(arguments.first ?? .number).map { QueryDimension(quantity: $0.quantity, perSecond: true) }
            case "histogram_quantile":
                return of(arguments.last ?? .number)
            case "increase", "delta", "idelta", "round", "abs", "ceil", "floor", "clamp", "clamp_min", "clamp_max",
                 "label_replace", "label_join", "sort", "sort_desc", "max_over_time", "min_over_time", "avg_over_time",
                 "sum_over_time", "last_over_time", "quantile_over_time":
                return arguments.lazy.compactMap(of).first
            default:
                return nil
            }
        case .aggregation(let name, _, let arguments):
            return name == "count" || name == "count_values" || name == "group" ? nil : of(arguments.last ?? .number)
        case .binary(let op, let left, let right, _):
            let (l, r) = (of(left), of(right))
            guard let l else { return op == "*" || op == "+" || op == "-" ? r : nil }
            guard let r else { return l }
            if op == "/" {
                if l.quantity == r.quantity { return nil }
                if r.quantity == .count { return QueryDimension(quantity: l.quantity, perSecond: l.perSecond && !r.perSecond) }
                return nil
            }
            return l
        case .wrapped(let inner):
            return of(inner)
        }
    }

    private init(quantity: Quantity, perSecond: Bool) {
        self.quantity = quantity
        self.perSecond = perSecond
    }

    private init(metric: String) {
        var base = Substring(metric)
        for suffix in ["_total", "_sum", "_bucket"] where base.hasSuffix(suffix) { base = base.dropLast(suffix.count) }
        let parts = base.split(separator: "_")
        if base.hasSuffix("_count") {
            quantity = .count
        } else if parts.contains("bytes") {
            quantity = .bytes
        } else if let last = parts.last, ["seconds", "duration", "time", "ms"].contains(last) {
            quantity = .duration
        } else {
            quantity = .count
        }
        perSecond = false
    }
}

/// Every unit a panel sets is one Grafana knows: a unit of its picker (`Unit.all`), an old id it
/// still reads (`Unit.aliases`), or a `kind:text` unit (`suffix:req`, `si:mF`...). Grafana shows any
/// other string after the value, unscaled, which is rarely what a misspelt `reqps` meant.
enum UnitRule {
    /// The ids Grafana knows by name.
    static let known = Set(Unit.all.map(\.unit)).union(Unit.aliases.keys)

    static func check(_ dashboard: DashboardModel, at place: LintPlace) -> [LintFinding] {
        dashboard.allPanels.flatMap { panel in
            panel.units.filter { !$0.rawValue.isEmpty && !known.contains($0) && $0.customKind == nil }.map { unit in
                LintFinding(.warning, .unknownUnit, at: place.panel(panel),
                            "unit \"\(unit)\" is not one Grafana knows, so it shows as a plain suffix; if that is meant, write \"suffix:\(unit)\"")
            }
        }
    }
}

extension PanelModel {
    /// Whether the panel sets a unit, for all its fields or through an override.
    var setsUnit: Bool {
        if let unit = fieldConfig?.defaults?.unit, !unit.rawValue.isEmpty { return true }
        return fieldConfig?.overrides?.contains { $0.properties.contains { $0.id == "unit" } } ?? false
    }

    /// The units the panel sets: for all its fields, through overrides, and for a heatmap's y axis.
    var units: [Unit] {
        var units = fieldConfig?.defaults?.unit.map { [$0] } ?? []
        for property in fieldConfig?.overrides?.flatMap(\.properties) ?? [] where property.id == "unit" {
            if let text = property.value?.stringValue { units.append(Unit(text)) }
        }
        if let text = options?["yAxis"]?["unit"]?.stringValue { units.append(Unit(text)) }
        return units
    }
}
