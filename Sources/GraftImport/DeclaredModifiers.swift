import GraftDSL
import GraftJSON
import GraftModel

/// The members a model declares with `FieldOptions.modifier` that `expected` sets and `current`
/// does not: each as the modifier named after its key, taking its value (`.maxDataPoints(100)`).
/// Adding such a member to a model's declaration is all it takes for `graft import` to write it.
struct DeclaredModifiers<Model: JSONModel>: FieldVisitor {
    let current: Model
    let expected: Model
    /// Each modifier's code and the member it sets, in declaration order.
    private(set) var found: [(code: Code, set: @Sendable (inout Model) -> Void)] = []

    init(from current: Model, to expected: Model) {
        self.current = current
        self.expected = expected
        expected.fields(&self)
    }

    mutating func field<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value?> & Sendable,
                                                       _ options: FieldOptions, _ value: Value?) {
        guard options.contains(.modifier), let value = expected[keyPath: path], value != current[keyPath: path],
              let literal = value as? any LiteralValue else { return }
        found.append((.call("." + key.description, [literal.swiftCode]), { $0[keyPath: path] = value }))
    }

    mutating func required<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value> & Sendable,
                                                          _ absent: Absent<Value>, _ value: Value) {}

    mutating func wrappedList<Element: JSONCodable & Hashable>(_ key: StaticString, _ list: WritableKeyPath<Model, [Element]?> & Sendable,
                                                               rest: WritableKeyPath<Model, JSONObject> & Sendable, _ value: [Element]?,
                                                               _ restValue: JSONObject) {}
}
