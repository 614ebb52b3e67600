import Foundation

/// An answer as it was received, whatever its status.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// `Retry-After`, when the server sent it.
    public var retryAfter: String?
    /// The body.
    public var body: Data
}
