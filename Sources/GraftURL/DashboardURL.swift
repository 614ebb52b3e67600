/// A parsed Grafana dashboard URL that keeps its exact text, so edits change only what they remove.
public struct DashboardURL: Sendable, Hashable, CustomStringConvertible {
    /// The URL exactly as given.
    public private(set) var text: String
    /// The port, when the URL names one.
    public let port: Int?
    /// Whether this is a whole dashboard (`/d/`) or a single panel (`/d-solo/`).
    public let route: DashboardRoute
    /// Where the scheme, user-info, host and port sit in `text`.
    private let origin: URLOrigin
    /// Where the path sits in `text`; it ends where the query or fragment starts.
    private let pathRange: Range<Int>
    /// Where the route's prefix, uid and slug sit in `text`.
    private let match: DashboardPathMatch
    /// Where the query sits in `text`, without its `?`.
    private(set) var queryRange: Range<Int>?
    /// Where the fragment sits in `text`, without its `#`.
    private var fragmentRange: Range<Int>?

    /// The scheme as written: `http` or `https` in any case.
    public var scheme: String { self[origin.schemeRange] }
    /// The user-info before `@` (e.g. `user:pass`), without the `@`.
    public var userInfo: String? { origin.userInfoRange.map { self[$0] } }
    /// The host as written; an IPv6 host keeps its brackets, e.g. `[::1]`.
    public var host: String { self[origin.hostRange] }
    /// The whole path as written, e.g. `/grafana/d/abc/slug`.
    public var path: String { self[pathRange] }
    /// The sub-path Grafana is served under, before the route segment: e.g. `/grafana`, or empty.
    public var pathPrefix: String { self[pathRange.lowerBound..<match.prefixEnd] }
    /// The dashboard uid.
    public var uid: String { self[match.uidRange] }
    /// The slug after the uid, as written, when present.
    public var slug: String? { match.slugRange.map { self[$0] } }
    /// The query after `?` as written, without the `?`; nil when the URL has no `?`.
    public var query: String? { queryRange.map { self[$0] } }
    /// The fragment after `#` as written, without the `#`; nil when the URL has no `#`.
    public var fragment: String? { fragmentRange.map { self[$0] } }
    /// The URL's text.
    public var description: String { text }

    /// The query's parameters in order; empty pairs (as in `a&&b`) are not parameters and are left out.
    public var queryParameters: [QueryParameter] {
        guard let queryRange else { return [] }
        var parameters: [QueryParameter] = []
        forEachQueryPair(in: Array(text.utf8)[queryRange]) { pair in
            if !pair.isEmpty { parameters.append(QueryParameter(pair: pair)) }
        }
        return parameters
    }

    /// Parses `text` as a Grafana dashboard URL, throwing a description of the first thing that is wrong.
    public init(parsing text: String) throws(DashboardURLError) {
        let bytes = Array(text.utf8)
        origin = try URLOrigin(parsing: bytes, of: text)
        var pathEnd = origin.end
        while pathEnd < bytes.count, bytes[pathEnd] != UInt8(ascii: "?"), bytes[pathEnd] != UInt8(ascii: "#") {
            pathEnd += 1
        }
        pathRange = origin.end..<pathEnd
        match = try DashboardPathMatch(bytes: bytes, path: pathRange, url: text)
        route = match.route
        port = origin.port
        self.text = text

        var queryEnd = pathEnd
        if pathEnd < bytes.count, bytes[pathEnd] == UInt8(ascii: "?") {
            queryEnd = bytes[pathEnd...].firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
            queryRange = (pathEnd + 1)..<queryEnd
        }
        if queryEnd < bytes.count { fragmentRange = (queryEnd + 1)..<bytes.count }
    }

    /// The same URL with its query replaced (nil removes the `?`); everything else is kept byte for byte.
    func replacingQuery(with newQuery: String?) -> DashboardURL {
        var edited = self
        edited.text = String(decoding: text.utf8.prefix(pathRange.upperBound), as: UTF8.self)
        edited.queryRange = nil
        if let newQuery {
            edited.queryRange = (pathRange.upperBound + 1)..<(pathRange.upperBound + 1 + newQuery.utf8.count)
            edited.text += "?" + newQuery
        }
        if let fragment {
            let fragmentStart = edited.text.utf8.count + 1
            edited.fragmentRange = fragmentStart..<(fragmentStart + fragment.utf8.count)
            edited.text += "#" + fragment
        }
        return edited
    }

    /// The text at the UTF-8 offsets `range`.
    private subscript(range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(decoding: utf8[start..<utf8.index(start, offsetBy: range.count)], as: UTF8.self)
    }
}
