extension VariableComponent {
    /// The variable as query text writes it: `$name`.
    public var interpolation: VariableInterpolation { VariableInterpolation(model.name) }

    /// `$name`: what `"\(variable)"` writes into a query.
    public var description: String { interpolation.description }

    /// `${name}`, for text that goes on with word characters (`${job}_total`).
    public var braced: VariableInterpolation { VariableInterpolation(model.name, braced: true) }

    /// `${name:format}`: the value written as `format` says (`.regex`, `.pipe`, `.csv`...).
    public func format(_ format: VariableFormat) -> VariableInterpolation { VariableInterpolation(model.name, format: format) }

    /// A PromQL label matcher comparing `label` with this variable: `label="$name"` (`.regex`: `label=~"$name"`).
    public func matcher(_ label: String, _ operator: LabelMatchOperator = .equal) -> String { interpolation.matcher(label, `operator`) }
}
