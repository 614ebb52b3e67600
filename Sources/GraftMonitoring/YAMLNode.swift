import Yams

extension Node {
    /// A string scalar, quoted when a YAML 1.1 reader (kubectl, PyYAML, Prometheus) could read the plain
    /// text as something else: `"true"`, `"15020"`, `"1:20"`, `"~"`.
    static func text(_ string: String) -> Node {
        .scalar(Node.Scalar(string, .unresolved(.str), Node.mayReadAsOtherThanString(string) ? .singleQuoted : .any))
    }

    /// A multi-line string kept byte for byte: a literal block (`|`) when YAML allows one, else double-quoted.
    static func block(_ string: String) -> Node { .scalar(Node.Scalar(string, .unresolved(.str), .literal)) }

    /// `true` or `false`.
    static func flag(_ value: Bool) -> Node { .scalar(Node.Scalar(value ? "true" : "false", .unresolved(.bool))) }

    /// An integer.
    static func integer<I: BinaryInteger>(_ value: I) -> Node { .scalar(Node.Scalar(String(value), .unresolved(.int))) }

    /// A mapping, its keys in the order given.
    static func map(_ pairs: [(Node, Node)]) -> Node { .mapping(Node.Mapping(pairs, .unresolved(.implicit))) }

    /// A sequence.
    static func list(_ elements: [Node]) -> Node { .sequence(Node.Sequence(elements, .unresolved(.implicit))) }

    /// Whether a plain scalar with this text could resolve to a non-string under YAML 1.1: a null, bool,
    /// int, float, timestamp, merge or value, or a number form Yams does not know (sexagesimal `1:20`,
    /// `0b1`, `.5`, `1_000`). Every such form is empty, starts with one of `0-9 + - . ~ < =`, or is
    /// one of the bool and null words (a reader may ignore a line break after it); anything else is
    /// surely a string. Decided here rather than by Yams' resolver, whose regular expressions take
    /// milliseconds to compile and match, more than the rest of a render.
    static func mayReadAsOtherThanString(_ string: String) -> Bool {
        guard let first = string.utf8.first else { return true }
        if "0123456789+-.~<=".utf8.contains(first) { return true }
        var word = Substring(string)
        while let last = word.last, last.isNewline { word = word.dropLast() }
        return Node.boolAndNullWords.contains(word)
    }

    /// The words YAML 1.1 reads as booleans or null (those of Yams' resolver, and the one-letter `y`/`n`
    /// some readers take as booleans too).
    private static let boolAndNullWords: Set<Substring> = [
        "", "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]
}

extension Tag {
    /// A tag that is what it says, with no resolver rules to consult and no Swift values to construct:
    /// Yams' default resolver compiles and runs regular expressions to learn what an explicit tag already
    /// states, and its default constructor builds three dictionaries a tag, for nodes that are only written.
    static func unresolved(_ name: Tag.Name) -> Tag { Tag(name, .basic, Constructor([:], [:], [:])) }
}
