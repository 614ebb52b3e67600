import Foundation
import GraftURL

/// A service's base URL as Graft keeps it: without user-info, query, fragment or trailing slash,
/// the credentials the user-info held taken out, and a form for messages that masks them.
struct ServiceURL {
    /// The clean URL.
    let url: URL
    /// Basic-auth credentials written into the URL (`https://user:pass@host`), if any.
    let embeddedCredentials: Credentials?
    /// The URL for messages, its user-info masked (`https://user:***@host`).
    let location: String

    /// Cleans `url`; errors name it (as `what`, `The Grafana URL`) with its user-info masked, so a
    /// password never reaches a message, whatever the URL's shape (`user:pass@host` has no scheme).
    init(_ url: URL, what: String) throws {
        // Masked before the query and fragment go: a `#` or `?` in a password would otherwise
        // carry the rest of it, and the `@`, into the part that is dropped (`ann:pa#ss@host`).
        let original = url.absoluteString
        if MessageText.userInfoHoldsQueryOrFragmentMark(original) {
            throw ConfigurationError("\(what) \(MessageText.quotedURL(original)) has a '?' or '#' before its '@': percent-encode it in the user-info (%3F, %23).")
        }
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw ConfigurationError("\(what) \(MessageText.quotedURL(url.absoluteString)) is not a valid URL.")
        }
        components.query = nil
        components.fragment = nil
        while components.path.hasSuffix("/") { components.path.removeLast() }
        let shown = Self.withoutQueryOrFragment(MessageText.maskingUserInfo(original))
        guard let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else {
            throw ConfigurationError("\(what) \(MessageText.quoted(shown)) is not an http or https URL with a host.")
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw ConfigurationError("\(what) \(MessageText.quoted(shown)) has port \(port); a port is a number from 1 to 65535.")
        }
        embeddedCredentials = components.user.map {
            Credentials.basic(user: $0.removingPercentEncoding ?? $0, password: (components.password ?? "").removingPercentEncoding ?? "")
        }
        location = shown
        components.user = nil
        components.password = nil
        guard let clean = components.url else { throw ConfigurationError("\(what) \(MessageText.quoted(shown)) is not a valid URL.") }
        self.url = clean
    }

    /// `masked` cut at its query or fragment and its trailing slashes; the user-info is masked
    /// already, so no `?` or `#` of a password is left to cut at.
    private static func withoutQueryOrFragment(_ masked: String) -> String {
        var text = masked[..<(masked.firstIndex { $0 == "?" || $0 == "#" } ?? masked.endIndex)]
        while text.hasSuffix("/") { text.removeLast() }
        return String(text)
    }
}
