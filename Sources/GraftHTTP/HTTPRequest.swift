import Foundation
import GraftJSON

/// One request to a service, described without base URL or credentials.
public struct HTTPRequest: Sendable {
    /// `GET`, `POST`...
    public var method: String
    /// Path segments below the base URL, each percent-encoded when sent (a uid may hold anything).
    public var path: [String]
    /// Query parameters.
    public var query: [URLQueryItem]
    /// A JSON body, sent with its `Content-Length`.
    public var body: JSON?
    /// What the request is for, as error messages say it (`saving dashboard x`).
    public var action: String

    /// A request from its parts.
    public init(method: String, path: [String], query: [URLQueryItem] = [], body: JSON? = nil, action: String) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.action = action
    }
}
