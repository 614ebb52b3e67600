import Foundation

/// What a connection to any of the services Graft talks to holds (Grafana, the Higress console):
/// where it is, who signs in, how certificates are checked, how long an attempt may take, how
/// failed attempts are retried.
protocol ServiceConnection: Sendable {
    /// The service's root URL, never with credentials in it.
    var baseURL: URL { get }
    /// How Graft signs in.
    var credentials: Credentials { get }
    /// Certificate checking.
    var tls: TLSOptions { get }
    /// How long one attempt may take.
    var requestTimeout: Duration { get }
    /// Retries of failed attempts.
    var retry: RetryPolicy { get }
}

extension HTTPService {
    /// The service behind `connection`: Graft's user agent, the connection's credentials, then the
    /// service's own `headers` on every request.
    init(name: String, connection: some ServiceConnection, headers: [(name: String, value: String)] = []) {
        var common: [(name: String, value: String)] = [("User-Agent", "graft")]
        if let authorization = connection.credentials.authorizationHeader { common.append(("Authorization", authorization)) }
        self.init(name: name, baseURL: connection.baseURL, headers: common + headers, timeout: connection.requestTimeout,
                  retry: connection.retry, transport: makeTransport(timeout: connection.requestTimeout, tls: connection.tls))
    }
}

/// Base URLs of the services Graft talks to.
enum ServiceURL {
    /// `url` without user-info or a trailing slash, and the credentials the user-info held.
    /// Errors name the URL without its user-info, so a password never reaches a message.
    static func clean(_ url: URL, what: String) throws -> (URL, Credentials?) {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw ConfigurationError("\(what) is not a valid URL.")
        }
        let embedded = components.user.map { Credentials.basic(user: $0.removingPercentEncoding ?? $0, password: (components.password ?? "").removingPercentEncoding ?? "") }
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
        return (clean, embedded)
    }
}
