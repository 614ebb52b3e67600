import GraftJSON
import GraftModel

/// Filter data by values: keep or drop rows whose values meet conditions (`filterByValue`).
///
/// Grafana's default options are `filters: []`, `type: include`, `match: any`; every edit saves all three.
public struct FilterByValue: TransformationComponent {
    public var transformation: Transformation

    /// Keeps (`type: .include`) or drops (`.exclude`) the rows where any (or all, by `match`) of `conditions` hold.
    public init(_ conditions: ValueCondition..., type: FilterByValueType = .include, match: FilterByValueMatch = .any) {
        transformation = Transformation(.filterByValue, [
            "filters": .array(conditions.map(\.json)), "match": .string(match.rawValue), "type": .string(type.rawValue),
        ])
    }
}

/// Whether matching rows are kept or dropped.
public enum FilterByValueType: String, OptionConstant {
    /// Keep the rows that match.
    case include
    /// Drop the rows that match.
    case exclude
}

/// Whether a row must meet every condition or one.
public enum FilterByValueMatch: String, OptionConstant {
    /// Every condition.
    case all
    /// At least one condition.
    case any
}

/// A condition on one field's value, as the filter's editor saves it: `{fieldName, config: {id, options}}`.
public struct ValueCondition: Sendable, Hashable {
    /// The field, by display name.
    let field: String
    /// The value matcher (`greater`, `between`...).
    let matcher: String
    /// The matcher's options: `{value}`, `{from, to}`, or `{}`.
    let options: JSON

    /// The value is greater than `value`.
    public static func greater(_ field: String, than value: Double) -> ValueCondition { compare(field, "greater", value) }
    /// The value is at least `value`.
    public static func greaterOrEqual(_ field: String, to value: Double) -> ValueCondition { compare(field, "greaterOrEqual", value) }
    /// The value is less than `value`.
    public static func lower(_ field: String, than value: Double) -> ValueCondition { compare(field, "lower", value) }
    /// The value is at most `value`.
    public static func lowerOrEqual(_ field: String, to value: Double) -> ValueCondition { compare(field, "lowerOrEqual", value) }
    /// The value is `value` (a number for number fields, text otherwise).
    public static func equal(_ field: String, to value: JSON) -> ValueCondition { ValueCondition(field: field, matcher: "equal", options: ["value": value]) }
    /// The value is not `value`.
    public static func notEqual(_ field: String, to value: JSON) -> ValueCondition { ValueCondition(field: field, matcher: "notEqual", options: ["value": value]) }
    /// The value is in `from...to`.
    public static func between(_ field: String, _ from: Double, and to: Double) -> ValueCondition {
        ValueCondition(field: field, matcher: "between", options: ["from": .double(from), "to": .double(to)])
    }
    /// The value matches the regular expression `pattern`.
    public static func regex(_ field: String, _ pattern: String) -> ValueCondition {
        ValueCondition(field: field, matcher: "regex", options: ["value": .string(pattern)])
    }
    /// The value is null.
    public static func isNull(_ field: String) -> ValueCondition { ValueCondition(field: field, matcher: "isNull", options: [:]) }
    /// The value is not null.
    public static func isNotNull(_ field: String) -> ValueCondition { ValueCondition(field: field, matcher: "isNotNull", options: [:]) }

    /// A numeric comparison: the editor converts the typed text to a number for number fields.
    private static func compare(_ field: String, _ matcher: String, _ value: Double) -> ValueCondition {
        ValueCondition(field: field, matcher: matcher, options: ["value": .double(value)])
    }

    /// The filter as saved.
    var json: JSON { ["config": ["id": .string(matcher), "options": options], "fieldName": .string(field)] }
}
