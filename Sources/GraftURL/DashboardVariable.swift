/// A dashboard template variable's values for a URL; several values repeat the parameter, none omits it.
public struct DashboardVariable: Sendable, Hashable {
    /// The variable name, without the `var-` prefix.
    public var name: String
    /// The values, in order.
    public var values: [String]

    /// A variable named `name` with `values`.
    public init(_ name: String, _ values: [String]) {
        self.name = name
        self.values = values
    }
}
