extension Dictionary where Key == String, Value == String {
    /// The environment variable `name`, or `nil` when it is unset or empty.
    func nonEmptyValue(_ name: String) -> String? { self[name].flatMap { $0.isEmpty ? nil : $0 } }
}
