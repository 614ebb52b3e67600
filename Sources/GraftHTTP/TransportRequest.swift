import Foundation

/// One attempt as the transport sends it: everything resolved, nothing left to look up.
struct TransportRequest: Sendable {
    /// The absolute URL.
    var url: String
    /// `GET`, `POST`...
    var method: String
    /// Header lines, `Name: value`.
    var headers: [String]
    /// The body, sent with its `Content-Length`.
    var body: Data?
    /// The bound on the whole transfer, connecting to last byte.
    var timeout: Duration
    /// Certificate checking.
    var tls: TLSOptions
    /// The most bytes of body to accept.
    var maximumResponseSize: Int

    /// `timeout` in whole milliseconds, rounded up so that a sub-second bound never becomes zero.
    var timeoutMilliseconds: Int {
        let (seconds, attoseconds) = timeout.components
        return max(1, Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
    }
}
