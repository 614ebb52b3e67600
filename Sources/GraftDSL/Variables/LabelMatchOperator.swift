import GraftJSON

/// How a PromQL label matcher compares: `=`, `!=`, `=~`, `!~`.
public struct LabelMatchOperator: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Equal to the value.
    public static let equal: LabelMatchOperator = "="
    /// Not equal to the value.
    public static let notEqual: LabelMatchOperator = "!="
    /// Matches the value as a regular expression (what multi-value and "All" selections need).
    public static let regex: LabelMatchOperator = "=~"
    /// Does not match the value as a regular expression.
    public static let notRegex: LabelMatchOperator = "!~"
}
