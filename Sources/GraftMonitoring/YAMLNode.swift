import Yams

/// A value that renders itself as a YAML node, keys in a fixed order.
protocol YAMLRepresentable {
    /// The value as a YAML node.
    var yamlNode: Node { get }
}

/// A YAML mapping built key by key: keys keep the order they are added in, absent values are skipped.
struct YAMLMapping {
    private var pairs: [(Node, Node)] = []

    /// Adds `key: value` when there is a value.
    mutating func set(_ key: String, _ value: Node?) {
        guard let value else { return }
        pairs.append((.text(key), value))
    }

    /// Adds `key: value` when there is a value.
    mutating func set(_ key: String, _ value: (some YAMLRepresentable)?) { set(key, value?.yamlNode) }

    /// Adds `key: value` when there is a value.
    mutating func set(_ key: String, _ value: String?) { set(key, value.map(Node.text)) }

    /// Adds `key: value` when there is a value.
    mutating func set(_ key: String, _ value: Bool?) { set(key, value.map(Node.flag)) }

    /// Adds `key: [...]` when the list is not empty.
    mutating func set(_ key: String, list: [some YAMLRepresentable]) {
        set(key, list.isEmpty ? nil : Node.sequence(Node.Sequence(list.map(\.yamlNode))))
    }

    /// Adds `key: [...]` when the list is not empty.
    mutating func set(_ key: String, strings: [String]?) {
        guard let strings, !strings.isEmpty else { return }
        set(key, Node.sequence(Node.Sequence(strings.map(Node.text))))
    }

    /// Adds `key: {...}` with the keys sorted, when the map is not empty.
    mutating func set(_ key: String, map: [String: String]) {
        set(key, map.isEmpty ? nil : Node.sortedMap(map))
    }

    /// The mapping node.
    var node: Node { .mapping(Node.Mapping(pairs)) }
}

extension Node {
    /// A string scalar, quoted when a YAML 1.1 reader (kubectl, PyYAML, Prometheus) would read the plain
    /// text as something else: `"true"`, `"15020"`, `"1:20"`, `"~"`.
    static func text(_ string: String) -> Node {
        let scalar = string.represented()
        if scalar.style == .any, Node.looksNumeric(string) {
            return .scalar(Node.Scalar(string, Tag(.str), .singleQuoted))
        }
        return .scalar(scalar)
    }

    /// A multi-line string kept byte for byte: a literal block (`|`) when YAML allows one, else double-quoted.
    static func block(_ string: String) -> Node { .scalar(Node.Scalar(string, Tag(.str), .literal)) }

    /// `true` or `false`.
    static func flag(_ value: Bool) -> Node { .scalar(value.represented()) }

    /// An integer.
    static func integer<I: BinaryInteger>(_ value: I) -> Node { .scalar(Node.Scalar(String(value), Tag(.int))) }

    /// A string-to-string mapping with its keys sorted, so the output does not depend on hashing.
    static func sortedMap(_ map: [String: String]) -> Node {
        .mapping(Node.Mapping(map.keys.sorted().map { (Node.text($0), Node.text(map[$0]!)) }))
    }

    /// Whether a plain scalar could read as a number under some YAML 1.1 rule Yams does not know
    /// (sexagesimal `1:20`, `0b1`, `.5`, `1_000`): such strings are quoted to be safe.
    private static func looksNumeric(_ string: String) -> Bool {
        guard let first = string.unicodeScalars.first, "0123456789+-.".unicodeScalars.contains(first) else { return false }
        return string.unicodeScalars.allSatisfy { "0123456789abcdefABCDEFxXoO_:.+-".unicodeScalars.contains($0) }
    }
}

/// Writes YAML documents the same way every time: 2-space indent, no line folding, UTF-8 kept as is.
enum YAMLText {
    /// The document for `node`, as UTF-8 bytes ending in a newline.
    static func bytes(_ node: Node) throws -> [UInt8] {
        let text = try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
        return Array(text.utf8)
    }
}
