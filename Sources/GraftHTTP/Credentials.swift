import Foundation

/// How Graft signs in to a service. Printing or dumping a value never
/// shows the secret: its description, debug description and mirror name only the kind.
public enum Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// No `Authorization` header (anonymous access).
    case none
    /// `Authorization: Bearer <token>`: a Grafana service account token (`glsa_...`), or a proxy's token.
    case token(String)
    /// HTTP basic auth.
    case basic(user: String, password: String)

    /// The `Authorization` header value, or `nil` for `.none`.
    var authorizationHeader: String? {
        switch self {
        case .none: return nil
        case .token(let token): return "Bearer \(token)"
        case let .basic(user, password): return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        }
    }

    /// The kind of credentials, the secret left out.
    public var description: String {
        switch self {
        case .none: return "no credentials"
        case .token: return "a bearer token (hidden)"
        case .basic(let user, _): return "basic auth as \(user) (password hidden)"
        }
    }

    /// The same as `description`: no secret in debug output either.
    public var debugDescription: String { description }

    /// One child, the kind: `dump` shows no secret.
    public var customMirror: Mirror { Mirror(self, children: ["kind": description]) }
}
