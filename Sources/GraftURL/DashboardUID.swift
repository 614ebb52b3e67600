/// Grafana's rule for dashboard uids: `^[a-zA-Z0-9\-_]*$`, non-empty here, at most 40 characters.
enum DashboardUID {
    /// The most characters Grafana allows in a uid.
    static let maximumLength = 40

    /// Throws unless the UTF-8 `uid` is a valid, non-empty dashboard uid; `path` (built only then) is quoted when empty.
    static func validate(_ uid: some Collection<UInt8>, inPath path: @autoclosure () -> String)
        throws(DashboardURLError) {
        guard !uid.isEmpty else { throw .emptyUID(path()) }
        guard uid.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
        else { throw .invalidUID(String(decoding: uid, as: UTF8.self)) }
        guard uid.count <= maximumLength else { throw .uidTooLong(String(decoding: uid, as: UTF8.self)) }
    }
}
