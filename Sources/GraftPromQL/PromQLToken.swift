/// One token of a PromQL expression, and where it stands in the text.
public struct PromQLToken: Sendable, Hashable {
    /// What kind of token it is.
    public enum Kind: Sendable, Hashable {
        /// A metric, label, function or keyword name (`rate`, `by`, `envoy_server_live`).
        case identifier
        /// A number (`0.5`, `1e3`, `0x1f`, `Inf`).
        case number
        /// A duration (`5m`, `1h30m`).
        case duration
        /// A string literal; `text` holds the decoded value.
        case string
        /// Punctuation or an operator (`(`, `=~`, `+`, `==`).
        case symbol
        /// A Grafana variable (`$gateway`, `${gateway:regex}`, `[[gateway]]`), in template tokens only; `text` holds its name.
        case variable
        /// A character PromQL has no token for (LogQL's `|`), in template tokens only.
        case other
        /// The end of the expression.
        case end
    }

    /// What kind of token it is.
    public var kind: Kind
    /// The identifier, number or symbol as written, the string's decoded value, or the variable's name.
    public var text: String
    /// Where it starts, in characters from the start of the expression.
    public var offset: Int
    /// Where it stands in the expression, quotes and all.
    public var range: Range<String.Index>
}

/// Why graft's own PromQL reader could not follow an expression.
public struct PromQLReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Where, in characters from the start of the expression.
    public var offset: Int

    /// `at character N: message`, counting from 1.
    public var description: String { "at character \(offset + 1): \(message)" }
}
