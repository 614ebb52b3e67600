import Foundation
import GraftURL

/// A request to a service (Grafana, the Higress console, Prometheus) that did not succeed, told in one sentence:
/// which service, what Graft was doing, the HTTP status and the service's own message.
/// Never holds a request header, a token, a password or a URL with credentials.
public struct APIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Failure: Sendable, Hashable {
        /// The service answered with an error status; `message` is its own (`message` in the body).
        case status(Int, message: String)
        /// No connection could be made, or it broke before an answer.
        case unreachable(reason: String)
        /// No answer within the request timeout.
        case timedOut
        /// The server's TLS certificate is not trusted.
        case untrustedCertificate(reason: String)
        /// An answer Graft cannot read.
        case invalidResponse(reason: String)
        /// An answer longer than the connection's limit, in bytes: the transfer was cut.
        case responseTooLarge(limit: Int)
    }

    /// The service's name (`Grafana`, `the Higress console`).
    public let service: String
    /// The service's base URL, its password masked (`https://user:***@host`).
    public let location: String
    /// What Graft was doing (`saving dashboard higress-ai`).
    public let action: String
    /// What went wrong.
    public let failure: Failure
    /// How many attempts were made.
    public let attempts: Int

    /// The HTTP status, when the service answered with one.
    public var statusCode: Int? { if case .status(let code, _) = failure { return code } else { return nil } }

    /// The service's own message, when it answered with an error status.
    public var serviceMessage: String? { if case .status(_, let message) = failure { return message } else { return nil } }

    /// Whether this is an optimistic-concurrency conflict: 412 from the classic store, 409 from
    /// the newest k8s-routed handler.
    public var isVersionConflict: Bool { statusCode == 412 || statusCode == 409 }

    /// The most characters of a service's message or a reason an error repeats: a runaway server's
    /// page is cut there, and its control characters are escaped (`MessageText.sanitized`).
    static let quotedTextLength = 400

    /// The sentence without its capital and full stop, for embedding in a longer sentence.
    public var clause: String {
        let tries = attempts > 1 ? ", after \(attempts) attempts" : ""
        let clean = { (text: String) in MessageText.sanitized(text, limit: APIError.quotedTextLength) }
        switch failure {
        case let .status(code, message):
            let saying = message.isEmpty ? "" : ", saying \"\(clean(message))\""
            return "\(service) answered \(code) \(HTTPStatus.reasonPhrase(code)) when \(action)\(saying)\(tries)"
        case .unreachable(let reason):
            return "\(service) at \(location) could not be reached when \(action) (\(clean(reason))\(tries))"
        case .timedOut:
            return "\(service) at \(location) did not answer in time when \(action)\(tries)"
        case .untrustedCertificate(let reason):
            return "\(service) at \(location) could not be reached when \(action) because its TLS certificate is not trusted (\(clean(reason))); give the CA certificate file that signed it, or allow insecure connections"
        case .invalidResponse(let reason):
            return "\(service) at \(location) gave an answer Graft cannot read when \(action) (\(clean(reason)))"
        case .responseTooLarge(let limit):
            return "\(service) at \(location) sent more than \(MessageText.byteCount(limit)) when \(action), the most Graft reads in one answer"
        }
    }

    /// The clause as a sentence: capital first, full stop last.
    public var description: String { APIError.sentence(clause.prefix(1).uppercased() + clause.dropFirst()) }

    /// `text` ended with a full stop, unless it already ends with a quoted one (`...disabled."`).
    public static func sentence(_ text: String) -> String { text.hasSuffix(".\"") ? text : text + "." }
}
