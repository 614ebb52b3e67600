import Foundation

/// A service's base URL as Graft keeps it: without user-info, query, fragment or trailing slash,
/// the credentials the user-info held taken out, and a form for messages that masks them.
struct ServiceURL {
    /// The clean URL.
    let url: URL
    /// Basic-auth credentials written into the URL (`https://user:pass@host`), if any.
    let embeddedCredentials: Credentials?
    /// The URL for messages: the user kept, the password masked (`https://user:***@host`).
    let location: String

    /// Cleans `url`; errors name it (as `what`, `The Grafana URL`) without its user-info, so a
    /// password never reaches a message.
    init(_ url: URL, what: String) throws {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw ConfigurationError("\(what) is not a valid URL.")
        }
        let user = components.percentEncodedUser
        embeddedCredentials = components.user.map {
            Credentials.basic(user: $0.removingPercentEncoding ?? $0, password: (components.password ?? "").removingPercentEncoding ?? "")
        }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        while components.path.hasSuffix("/") { components.path.removeLast() }
        guard let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty, let clean = components.url
        else {
            throw ConfigurationError("\(what) \(components.string ?? "") is not an http or https URL with a host.")
        }
        self.url = clean
        components.percentEncodedUser = user
        components.percentEncodedPassword = user == nil ? nil : "***"
        location = components.string ?? clean.absoluteString
    }
}
