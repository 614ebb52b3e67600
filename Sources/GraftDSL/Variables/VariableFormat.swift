import GraftJSON

/// How Grafana writes a variable's value into a query: `${name:format}`. The names are Grafana's
/// `VariableFormatID`s.
public struct VariableFormat: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Values joined by commas: `a,b`.
    public static let csv: VariableFormat = "csv"
    /// Repeated per value for OpenTSDB/Graphite: `a,name=b`.
    public static let distributed: VariableFormat = "distributed"
    /// Each value double-quoted, joined by commas: `"a","b"`.
    public static let doubleQuote: VariableFormat = "doublequote"
    /// A glob alternation: `{a,b}`.
    public static let glob: VariableFormat = "glob"
    /// Values HTML-escaped, joined by commas.
    public static let html: VariableFormat = "html"
    /// A JSON array: `["a","b"]`.
    public static let json: VariableFormat = "json"
    /// A Lucene (Elasticsearch) alternation: `("a" OR "b")`.
    public static let lucene: VariableFormat = "lucene"
    /// Values percent-encoded, joined by commas.
    public static let percentEncode: VariableFormat = "percentencode"
    /// Values joined by pipes: `a|b`.
    public static let pipe: VariableFormat = "pipe"
    /// URL query parameters: `var-name=a&var-name=b`.
    public static let queryParameter: VariableFormat = "queryparam"
    /// Values as they are, no escaping.
    public static let raw: VariableFormat = "raw"
    /// Values regex-escaped, as an alternation: `(a|b)`.
    public static let regex: VariableFormat = "regex"
    /// Each value single-quoted, joined by commas: `'a','b'`.
    public static let singleQuote: VariableFormat = "singlequote"
    /// SQL string literals, quotes doubled: `'a','b'`.
    public static let sqlString: VariableFormat = "sqlstring"
    /// The values' display text rather than their values.
    public static let text: VariableFormat = "text"
    /// Values URI-encoded (RFC 3986), joined by commas.
    public static let uriEncode: VariableFormat = "uriencode"
}
