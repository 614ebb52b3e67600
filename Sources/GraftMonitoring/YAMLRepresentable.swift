import Yams

/// A value that renders itself as a YAML node, keys in a fixed order.
protocol YAMLRepresentable {
    /// The value as a YAML node.
    var yamlNode: Node { get }
    /// Whether a mapping leaves the value out: an empty list or map, which the readers take as absent.
    var isOmitted: Bool { get }
}

extension YAMLRepresentable {
    /// Written, whatever it holds.
    var isOmitted: Bool { false }
}

extension Node {
    /// A mapping of the fields that have a value, keys in the order given: `nil`, empty lists and empty
    /// maps are left out.
    static func fields(_ fields: KeyValuePairs<String, (any YAMLRepresentable)?>) -> Node {
        .map(fields.compactMap { key, value in
            guard let value, !value.isOmitted else { return nil }
            return (.text(key), value.yamlNode)
        })
    }
}

extension Node: YAMLRepresentable {
    /// The node itself.
    var yamlNode: Node { self }
}

extension String: YAMLRepresentable {
    /// The string as a scalar, quoted when a reader could take it for something else.
    var yamlNode: Node { .text(self) }
}

extension Bool: YAMLRepresentable {
    /// `true` or `false`.
    var yamlNode: Node { .flag(self) }
}

extension Int: YAMLRepresentable {
    /// The integer.
    var yamlNode: Node { .integer(self) }
}

extension UInt64: YAMLRepresentable {
    /// The integer.
    var yamlNode: Node { .integer(self) }
}

extension Array: YAMLRepresentable where Element: YAMLRepresentable {
    /// A sequence of the elements.
    var yamlNode: Node { .list(map(\.yamlNode)) }
    /// Left out when empty.
    var isOmitted: Bool { isEmpty }
}

extension Dictionary: YAMLRepresentable where Key == String, Value: YAMLRepresentable {
    /// A mapping with its keys sorted, so the output does not depend on hashing.
    var yamlNode: Node { .map(keys.sorted().map { (.text($0), self[$0]!.yamlNode) }) }
    /// Left out when empty.
    var isOmitted: Bool { isEmpty }
}
