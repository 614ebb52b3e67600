/// Where a Grafana server is reachable: scheme, optional user-info, host, optional port and sub-path.
public struct GrafanaBaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The scheme as written: `http` or `https` in any case.
    public let scheme: String
    /// The user-info before `@`, without the `@`.
    public let userInfo: String?
    /// The host as written; an IPv6 host keeps its brackets.
    public let host: String
    /// The port, when the URL names one.
    public let port: Int?
    /// The sub-path Grafana is served under without trailing slashes, e.g. `/grafana`, or empty.
    public let subPath: String
    /// The base URL as given, up to the end of the authority.
    private let origin: String

    /// The base URL as dashboard URLs are composed on it: origin and sub-path, no trailing slash.
    public var description: String { origin + subPath }

    /// Parses a base URL such as `https://grafana.example/grafana/`; a trailing slash or its absence is the same.
    public init(parsing text: String) throws(DashboardURLError) {
        let bytes = Array(text.utf8)
        let parsed = try URLOrigin(parsing: bytes, of: text)
        guard !bytes[parsed.end...].contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) else {
            throw .baseURLHasQueryOrFragment(text)
        }
        var pathEnd = bytes.count
        while pathEnd > parsed.end, bytes[pathEnd - 1] == UInt8(ascii: "/") { pathEnd -= 1 }
        let path = bytes[parsed.end..<pathEnd]
        let lastSegment = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? []
        guard DashboardRoute(rawValue: String(decoding: lastSegment, as: UTF8.self)) == nil else {
            throw .ambiguousSubPath(String(decoding: path, as: UTF8.self))
        }
        scheme = String(decoding: bytes[parsed.schemeRange], as: UTF8.self)
        userInfo = parsed.userInfoRange.map { String(decoding: bytes[$0], as: UTF8.self) }
        host = String(decoding: bytes[parsed.hostRange], as: UTF8.self)
        port = parsed.port
        subPath = String(decoding: path, as: UTF8.self)
        origin = String(decoding: bytes[..<parsed.end], as: UTF8.self)
    }
}
