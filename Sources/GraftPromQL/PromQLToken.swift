/// One token of a PromQL expression.
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
        /// The end of the expression.
        case end
    }

    /// What kind of token it is.
    public var kind: Kind
    /// The identifier, number or symbol as written, or the string's decoded value.
    public var text: String
    /// Where it starts, in characters from the start of the expression.
    public var offset: Int
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
