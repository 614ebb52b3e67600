/// Why a transfer got no HTTP answer.
enum TransportFailure: Error, Sendable {
    /// No connection, or it broke; `retryable` says whether another attempt may help.
    case unreachable(String, retryable: Bool)
    /// No whole answer within the attempt's time.
    case timedOut
    /// The certificate was not trusted.
    case untrustedCertificate(String)
    /// The answer was longer than the request's limit; the transfer was cut there.
    case tooLarge
    /// The Swift task was cancelled; its transfer was aborted.
    case cancelled
}
