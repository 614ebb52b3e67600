import GraftJSON
import GraftModel

/// Filter fields by name: keep or drop fields by their names, a pattern, or a variable's value
/// (`filterFieldsByName`). Its default options are empty: only what is set is saved.
public struct FilterFieldsByName: TransformationComponent {
    public var transformation: Transformation

    /// Keeps the fields `include` picks and drops those `exclude` picks; `byVariable` is saved as
    /// given (the editor writes `false` once its switch has been touched).
    public init(include: FieldNames? = nil, exclude: FieldNames? = nil, byVariable: Bool? = nil) {
        transformation = Transformation(.filterFieldsByName, [
            "byVariable": byVariable.map(JSON.bool), "exclude": exclude?.json, "include": include?.json,
        ])
    }

    /// Keeps the fields named in the value of `variable` (a comma-separated list, or `{a,b}`).
    public init(byVariable variable: some VariableComponent) {
        self.init(include: FieldNames(variable: variable.description), byVariable: true)
    }
}

/// Which fields a name filter picks: names, a regular expression, or both.
public struct FieldNames: Sendable, Hashable {
    /// The field names, as displayed.
    public var names: [String]?
    /// A regular expression over the names.
    public var pattern: String?
    /// A variable whose value lists the names (`$fields`).
    public var variable: String?

    /// The fields named `names`.
    public static func names(_ names: String...) -> FieldNames { FieldNames(names: names) }
    /// The fields named `names`, and those matching `pattern` when given.
    public static func names(_ names: [String], pattern: String? = nil) -> FieldNames { FieldNames(names: names, pattern: pattern) }
    /// The fields whose names match `pattern`.
    public static func pattern(_ pattern: String) -> FieldNames { FieldNames(pattern: pattern) }

    /// The matcher options as saved: `{"names": [...], "pattern": "...", "variable": "$v"}`, set ones only.
    var json: JSON {
        .members(["names": names.map(JSON.strings), "pattern": pattern.map(JSON.string), "variable": variable.map(JSON.string)])
    }
}
