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
    /// The most bytes its answer may have, when the endpoint's bound is too generous for it
    /// (`smallAnswer` for one small object); `nil` for the endpoint's own.
    public var maximumResponseSize: Int?

    /// 1 MiB: the bound for an answer that is one small object (a health check, a folder, a
    /// datasource, a save's receipt), where only a runaway server sends more.
    public static let smallAnswer = 1 << 20

    /// A request from its parts.
    public init(method: String, path: [String], query: [URLQueryItem] = [], body: JSON? = nil, action: String,
                maximumResponseSize: Int? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.action = action
        self.maximumResponseSize = maximumResponseSize
    }
}
