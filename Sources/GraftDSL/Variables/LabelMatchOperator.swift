import GraftJSON

/// How a PromQL label matcher compares: `=`, `!=`, `=~`, `!~`.
public enum LabelMatchOperator: String, OptionConstant {
    /// Equal to the value.
    case equal = "="
    /// Not equal to the value.
    case notEqual = "!="
    /// Matches the value as a regular expression (what multi-value and "All" selections need).
    case regex = "=~"
    /// Does not match the value as a regular expression.
    case notRegex = "!~"
}
