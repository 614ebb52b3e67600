/// A variable as query text writes it: `$name`, `${name}` or `${name:format}`. Interpolate it into
/// a string (`"x{pod=\"\(pod)\"}"`); the name comes from the variable's Swift value, so renaming
/// that value renames every use.
public struct VariableInterpolation: Sendable, Hashable, CustomStringConvertible {
    /// The variable's name.
    public let name: String
    /// The format, if any.
    public let format: VariableFormat?
    /// Whether the name is written in braces without a format, for text that goes on with word characters.
    public let braced: Bool

    /// A use of variable `name`, in `format` when given.
    public init(_ name: String, format: VariableFormat? = nil, braced: Bool = false) {
        self.name = name
        self.format = format
        self.braced = braced
    }

    /// `$name`, `${name}` or `${name:format}`.
    public var description: String {
        if let format { return "${\(name):\(format.rawValue)}" }
        return braced ? "${\(name)}" : "$" + name
    }

    /// A PromQL label matcher comparing `label` with this value: `label="$name"`, `label=~"$name"`...
    public func matcher(_ label: String, _ operator: LabelMatchOperator = .equal) -> String {
        label + `operator`.rawValue + "\"" + description + "\""
    }
}
