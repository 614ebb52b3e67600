/// One `name=value` (or bare `name`) pair of a URL query, as written and decoded.
public struct QueryParameter: Sendable, Hashable, CustomStringConvertible {
    /// The pair exactly as written in the query, e.g. `fr%6Fm=now-6h`.
    public let encoded: String
    /// The name, percent-decoded (`+` stays `+`, malformed escapes stay as written).
    public let name: String
    /// The value, percent-decoded like the name; nil for a bare flag such as `kiosk`.
    public let value: String?

    /// The pair as written.
    public var description: String { encoded }

    /// Decodes one non-empty pair of query bytes.
    init(pair: ArraySlice<UInt8>) {
        encoded = String(decoding: pair, as: UTF8.self)
        let name = nameBytes(of: pair)
        self.name = percentDecodedText(name)
        value = name.endIndex < pair.endIndex ? percentDecodedText(pair[(name.endIndex + 1)...]) : nil
    }
}

/// Calls `body` with each `&`-separated pair of the query bytes, empty pairs included, in order.
///
/// Only `&` separates pairs (as in `URLSearchParams` and Grafana's own parser); `;` is an ordinary character.
func forEachQueryPair(in query: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) -> Void) {
    var start = query.startIndex
    while true {
        let end = query[start...].firstIndex(of: UInt8(ascii: "&")) ?? query.endIndex
        body(query[start..<end])
        guard end < query.endIndex else { return }
        start = end + 1
    }
}

/// The bytes of a pair's name: everything before the first `=`.
func nameBytes(of pair: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    pair[..<(pair.firstIndex(of: UInt8(ascii: "=")) ?? pair.endIndex)]
}
