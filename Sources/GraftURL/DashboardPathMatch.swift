/// Where the dashboard route sits in a URL path, `PREFIX/d/UID[/SLUG][/]` or the same with `d-solo`, as UTF-8 offsets.
///
/// The route must end the path (one trailing `/` allowed). When both readings fit, `/d/UID/SLUG` wins over a
/// sub-path ending in `d` followed by `/d/UID` alone; `GrafanaBaseURL` refuses such sub-paths so composed URLs
/// always read back as written.
struct DashboardPathMatch: Sendable, Hashable {
    /// The offset where the sub-path before the route segment ends (the `/` before `d`).
    var prefixEnd: Int
    /// The route segment.
    var route: DashboardRoute
    /// The dashboard uid's bytes.
    var uidRange: Range<Int>
    /// The slug's bytes, when present.
    var slugRange: Range<Int>?

    /// Locates the route in `bytes[path]` (between authority and query) of `url`, throwing when it is not one.
    init(bytes: [UInt8], path: Range<Int>, url: String) throws(DashboardURLError) {
        var pathText: String { String(decoding: bytes[path], as: UTF8.self) }
        var end = path.upperBound
        if path.count > 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }

        // The last three segments, from the end: `segments[k]` runs from just after `slashes[k]` to its end.
        var slashes: [Int] = []
        var segmentEnds: [Int] = []
        var cursor = end
        while slashes.count < 3, let slash = bytes[path.lowerBound..<cursor].lastIndex(of: UInt8(ascii: "/")) {
            slashes.append(slash)
            segmentEnds.append(cursor)
            cursor = slash
        }
        func segment(_ k: Int) -> Range<Int>? { k < slashes.count ? (slashes[k] + 1)..<segmentEnds[k] : nil }
        func routeNamed(_ k: Int) -> DashboardRoute? {
            guard let range = segment(k) else { return nil }
            return DashboardRoute.allCases.first { bytes[range].elementsEqual($0.rawValue.utf8) }
        }

        let routeIndex: Int
        if let found = routeNamed(2), let slug = segment(0), !slug.isEmpty, let uid = segment(1) {
            (routeIndex, route, uidRange, slugRange) = (2, found, uid, slug)
        } else if let found = routeNamed(1), let uid = segment(0) {
            (routeIndex, route, uidRange, slugRange) = (1, found, uid, nil)
        } else if routeNamed(0) != nil {
            throw .emptyUID(pathText)
        } else if let goto = segment(1), bytes[goto].elementsEqual("goto".utf8) {
            throw .shortLink(url)
        } else {
            throw .notADashboardPath(pathText)
        }
        prefixEnd = slashes[routeIndex]
        try DashboardUID.validate(bytes[uidRange], inPath: pathText)
    }
}
