/// Why a text is not a Grafana dashboard URL, or why a dashboard URL cannot be composed.
public enum DashboardURLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is empty.
    case empty
    /// The text holds a space or control character (its scalar and 1-based character position).
    case unencodedCharacter(Unicode.Scalar, position: Int)
    /// The text does not start with `scheme://` (the text).
    case missingScheme(String)
    /// The scheme is neither `http` nor `https` (the scheme).
    case unsupportedScheme(String)
    /// Nothing names a host between `//` and the path (the URL up to the path).
    case emptyHost(String)
    /// The host is not a registered name, a dotted IPv4 address or a bracketed IPv6 address (the host).
    case invalidHost(String)
    /// The user-info before `@` holds characters that must be percent-encoded (the user-info).
    case invalidUserInfo(String)
    /// The port is not a number from 1 to 65535 (the port as written).
    case invalidPort(String)
    /// The path is a `/goto/` short link, which only the Grafana server can resolve (the URL).
    case shortLink(String)
    /// The path does not end in a Grafana dashboard route (the path).
    case notADashboardPath(String)
    /// The dashboard route has no uid (the path).
    case emptyUID(String)
    /// The uid holds characters other than letters, digits, `-` and `_` (the uid).
    case invalidUID(String)
    /// The uid is longer than Grafana's 40 characters (the uid).
    case uidTooLong(String)
    /// A Grafana base URL has a query or a fragment (the base URL).
    case baseURLHasQueryOrFragment(String)
    /// A Grafana base URL's sub-path ends in a `d` or `d-solo` segment, making dashboard paths ambiguous (the sub-path).
    case ambiguousSubPath(String)
    /// An organization id is not positive (the id).
    case invalidOrgID(Int)
    /// A dashboard variable has an empty name (its values).
    case emptyVariableName(values: [String])

    /// One sentence saying what is wrong, quoting the offending part of the input.
    public var description: String {
        switch self {
        case .empty:
            "The URL is empty ''."
        case let .unencodedCharacter(scalar, position):
            "The URL holds \(scalar.value == 0x20 ? "a space" : "the control character") "
                + "'U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))' at character \(position), "
                + "which must be percent-encoded."
        case let .missingScheme(text):
            "\(MessageText.quotedURL(text)) does not start with 'http://' or 'https://'."
        case let .unsupportedScheme(scheme):
            "The scheme \(MessageText.quoted(scheme)) is not supported; a Grafana dashboard URL starts with 'http://' or 'https://'."
        case let .emptyHost(start):
            "\(MessageText.quotedURL(start)) names no host between '//' and the path."
        case let .invalidHost(host):
            "The host \(MessageText.quoted(host)) is not a host name, a dotted IPv4 address or a bracketed IPv6 address."
        case let .invalidUserInfo(userInfo):
            "The user-info \(MessageText.quoted(String(MessageText.maskingUserInfo(userInfo + "@").dropLast()))) before '@' holds characters that must be percent-encoded."
        case let .invalidPort(port):
            "The port \(MessageText.quoted(port)) is not a number from 1 to 65535."
        case let .shortLink(url):
            "\(MessageText.quotedURL(url)) is a Grafana short link that only the Grafana server can resolve, so its time range cannot be "
                + "stripped here; open it in a browser and copy the URL it lands on."
        case let .notADashboardPath(path):
            "The path \(MessageText.quoted(path)) does not end in /d/UID, /d/UID/SLUG, /d-solo/UID or /d-solo/UID/SLUG, "
                + "so this is not a Grafana dashboard URL."
        case let .emptyUID(path):
            "The path \(MessageText.quoted(path)) has no dashboard uid after its /d/ or /d-solo/ segment."
        case let .invalidUID(uid):
            "The dashboard uid \(MessageText.quoted(uid)) holds characters other than letters, digits, '-' and '_'."
        case let .uidTooLong(uid):
            "The dashboard uid \(MessageText.quoted(uid)) has \(uid.unicodeScalars.count) characters, more than Grafana's 40."
        case let .baseURLHasQueryOrFragment(url):
            "The Grafana base URL \(MessageText.quotedURL(url)) has a query or fragment; give only scheme, host, port and sub-path."
        case let .ambiguousSubPath(subPath):
            "The sub-path \(MessageText.quoted(subPath)) ends in a 'd' or 'd-solo' segment, which makes dashboard URLs under it ambiguous."
        case let .invalidOrgID(id):
            "The organization id '\(id)' is not a positive number."
        case let .emptyVariableName(values):
            "A dashboard variable with the values \(values.map { MessageText.quoted($0) }.joined(separator: ", ")) has an empty name ''."
        }
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
