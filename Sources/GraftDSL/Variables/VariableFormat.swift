import GraftJSON

/// How Grafana writes a variable's value into a query: `${name:format}`. The names are Grafana's
/// `VariableFormatID`s.
public enum VariableFormat: String, OptionConstant {
    /// Values joined by commas: `a,b`.
    case csv
    /// Repeated per value for OpenTSDB/Graphite: `a,name=b`.
    case distributed
    /// Each value double-quoted, joined by commas: `"a","b"`.
    case doubleQuote = "doublequote"
    /// A glob alternation: `{a,b}`.
    case glob
    /// Values HTML-escaped, joined by commas.
    case html
    /// A JSON array: `["a","b"]`.
    case json
    /// A Lucene (Elasticsearch) alternation: `("a" OR "b")`.
    case lucene
    /// Values percent-encoded, joined by commas.
    case percentEncode = "percentencode"
    /// Values joined by pipes: `a|b`.
    case pipe
    /// URL query parameters: `var-name=a&var-name=b`.
    case queryParameter = "queryparam"
    /// Values as they are, no escaping.
    case raw
    /// Values regex-escaped, as an alternation: `(a|b)`.
    case regex
    /// Each value single-quoted, joined by commas: `'a','b'`.
    case singleQuote = "singlequote"
    /// SQL string literals, quotes doubled: `'a','b'`.
    case sqlString = "sqlstring"
    /// The values' display text rather than their values.
    case text
    /// Values URI-encoded (RFC 3986), joined by commas.
    case uriEncode = "uriencode"
}
