import Foundation
import GraftJSON
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP/1.1 request as `HTTPTestServer` received it.
public struct HTTPServerRequest: Sendable {
    /// One `name=value` pair of the query string, percent-decoded.
    public struct QueryItem: Sendable, Hashable {
        /// The parameter's name.
        public var name: String
        /// The parameter's value (empty for a bare `name`).
        public var value: String
    }

    /// The method, upper case (`GET`, `POST`...).
    public var method: String
    /// The request target as sent (`/api/search?query=a%20b`).
    public var target: String
    /// The percent-decoded path, without the query.
    public var path: String
    /// The query parameters in order.
    public var query: [QueryItem]
    /// The header fields in order, names as sent.
    public var headers: [(name: String, value: String)]
    /// The body (empty when there is none).
    public var body: [UInt8]

    /// The first value of header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value of query parameter `name`.
    public func queryValues(_ name: String) -> [String] { query.filter { $0.name == name }.map(\.value) }

    /// The first value of query parameter `name`.
    public func queryValue(_ name: String) -> String? { query.first { $0.name == name }?.value }

    /// The path's segments after the leading slash (`/api/folders/x` → `["api", "folders", "x"]`).
    public var pathSegments: [String] { path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) }

    /// The body parsed as JSON, or `nil` when it is not JSON.
    public var jsonBody: JSON? { try? JSONParser.parse(body) }

    /// A request from its parts; `target` is split into path and query.
    public init(method: String, target: String, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        query = parts.count < 2 ? [] : parts[1].split(separator: "&").map { pair in
            let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return QueryItem(name: decode(nameValue[0]), value: nameValue.count > 1 ? decode(nameValue[1]) : "")
        }
    }
}

/// A response for `HTTPTestServer` to send.
public struct HTTPServerResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields besides `Content-Length` and `Connection`, which the server writes itself.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]

    /// A response from its parts.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response, written compactly as Go's `encoding/json` does.
    public static func json(_ status: Int, _ value: JSON, headers: [(name: String, value: String)] = []) -> HTTPServerResponse {
        HTTPServerResponse(status: status, headers: [("Content-Type", "application/json")] + headers,
                           body: Array(value.formatted(.compact).utf8))
    }

    /// A plain-text response.
    public static func text(_ status: Int, _ text: String) -> HTTPServerResponse {
        HTTPServerResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(text.utf8))
    }

    /// The status line's reason phrase (`Precondition Failed`).
    public var reasonPhrase: String {
        HTTPURLResponse.localizedString(forStatusCode: status).capitalized
    }
}

/// What `HTTPTestServer` does with a request.
public enum HTTPServerReply: Sendable {
    /// Sends the response, after waiting `delay`.
    case respond(HTTPServerResponse, delay: Duration = .zero)
    /// Closes the connection without answering, after waiting `delay`.
    case dropConnection(delay: Duration = .zero)
    /// Sends the head without `Content-Length`, then the body `chunkSize` bytes at a time with
    /// `interval` between chunks, then closes the connection (which ends the body). `finished` is
    /// told how many body bytes were sent, on the server's thread: fewer than all when the client hung up.
    case stream(HTTPServerResponse, chunkSize: Int, interval: Duration, finished: (@Sendable (_ bytesSent: Int) -> Void)? = nil)
    /// Sends the head with the body's whole `Content-Length`, then only its first `sending` bytes,
    /// then closes the connection: an answer cut short.
    case truncated(HTTPServerResponse, sending: Int)
    /// Sends a `200` head announcing `length` bytes, then filler bytes until `length` or until the
    /// client hangs up, then closes the connection; `finished` is told how many body bytes were sent.
    case announced(length: Int, finished: (@Sendable (_ bytesSent: Int) -> Void)? = nil)
    /// Sends nothing for up to `duration`, then closes the connection. `peerClosed` is called, on
    /// the server's thread, when the client hangs up first: the moment a client's timeout or
    /// cancellation took effect, whatever the test's own tasks were waiting for.
    case noAnswer(for: Duration, peerClosed: (@Sendable () -> Void)? = nil)
}
