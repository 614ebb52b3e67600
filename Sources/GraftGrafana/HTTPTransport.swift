import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request and returns the answer, whatever its status: the layer under retries.
protocol HTTPTransport: Sendable {
    /// Sends `request` once.
    func send(_ request: URLRequest) async throws(TransportFailure) -> TransportResponse
}

/// An answer as the transport received it.
struct TransportResponse: Sendable {
    /// The status code.
    var status: Int
    /// `Retry-After`, when the server sent it.
    var retryAfter: String?
    /// The body.
    var body: Data
}

/// Why a request got no HTTP answer.
enum TransportFailure: Error, Sendable {
    /// No connection, or it broke; `retryable` says whether another attempt may help.
    case unreachable(String, retryable: Bool)
    /// No answer in time.
    case timedOut
    /// The certificate was not trusted.
    case untrustedCertificate(String)
    /// The task was cancelled.
    case cancelled
}

/// The transport for every request: URLSession (libcurl on Linux). Redirects are refused, so
/// an `Authorization` header never follows one to another host; the 3xx answer is reported.
final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let delegate = SessionDelegate()

    /// A session whose attempts each last at most `timeout`.
    init(timeout: Duration) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout.seconds
        configuration.timeoutIntervalForResource = timeout.seconds
        configuration.httpMaximumConnectionsPerHost = 16
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    func send(_ request: URLRequest) async throws(TransportFailure) -> TransportResponse {
        var request = request
        var stream: InputStream?
        if let body = request.httpBody {
            // When a reused keep-alive connection turns out closed, libcurl sends the request again
            // on a new one. swift-corelibs-foundation cannot rewind a `Data` body for that (it hangs),
            // and rewinds a stream body only with a fresh stream from the delegate: so the body
            // goes as a stream, and the delegate knows its bytes.
            request.httpBody = nil
            let bodyStream = InputStream(data: body)
            request.httpBodyStream = bodyStream
            delegate.register(body, for: bodyStream)
            stream = bodyStream
        }
        defer { if let stream { delegate.unregister(stream) } }
        do {
            let (data, response) = try await session.data(for: request)
            guard let http = response as? HTTPURLResponse else { throw TransportFailure.unreachable("not an HTTP answer", retryable: false) }
            return TransportResponse(status: http.statusCode, retryAfter: http.value(forHTTPHeaderField: "Retry-After"), body: data)
        } catch let failure as TransportFailure {
            throw failure
        } catch let error as URLError {
            throw URLSessionTransport.classify(error)
        } catch {
            throw Task.isCancelled ? .cancelled : .unreachable("an unexpected error", retryable: false)
        }
    }

    /// Sorts URLSession's errors into what retries need to know. Texts are Graft's own, apart
    /// from libcurl's TLS message, which names no URL.
    static func classify(_ error: URLError) -> TransportFailure {
        switch error.code {
        case .cancelled: return .cancelled
        case .timedOut: return .timedOut
        case .cannotConnectToHost: return .unreachable("the connection was refused or failed", retryable: true)
        case .networkConnectionLost: return .unreachable("the connection was lost", retryable: true)
        case .badServerResponse, .zeroByteResource: return .unreachable("the connection closed without an answer", retryable: true)
        case .cannotFindHost, .dnsLookupFailed: return .unreachable("the host name was not found", retryable: true)
        case .notConnectedToInternet: return .unreachable("there is no network connection", retryable: true)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired:
            return .untrustedCertificate(tlsReason(error))
        default:
            // libcurl's TLS failures arrive on Linux as code -1 with its own message.
            let message = (error as NSError).userInfo[NSLocalizedDescriptionKey] as? String ?? ""
            if message.contains("SSL") || message.contains("certificate") { return .untrustedCertificate(message) }
            return .unreachable("URL error \(error.code.rawValue)", retryable: false)
        }
    }

    private static func tlsReason(_ error: URLError) -> String {
        (error as NSError).userInfo[NSLocalizedDescriptionKey] as? String ?? "TLS error \(error.code.rawValue)"
    }
}

/// The session's delegate: refuses redirects (the caller sees the 3xx answer instead of a
/// request sent elsewhere) and hands libcurl a fresh copy of a request body it must resend.
private final class SessionDelegate: NSObject, URLSessionTaskDelegate, Sendable {
    private let bodies = Mutex<[ObjectIdentifier: Data]>([:])

    func register(_ body: Data, for stream: InputStream) { bodies.withLock { $0[ObjectIdentifier(stream)] = body } }

    func unregister(_ stream: InputStream) { bodies.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(stream)) } }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, needNewBodyStream completionHandler: @escaping @Sendable (InputStream?) -> Void) {
        let body = task.originalRequest?.httpBodyStream.flatMap { stream in bodies.withLock { $0[ObjectIdentifier(stream)] } }
        completionHandler(body.map { InputStream(data: $0) })
    }
}

extension Duration {
    /// The duration in seconds, as `TimeInterval`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// The transport for a connection's TLS options: URLSession, or libcurl directly for a CA file
/// or `insecure` (which `TLSOptions.validate()` has refused when this build has no libcurl).
func makeTransport(timeout: Duration, tls: TLSOptions) -> any HTTPTransport {
    #if canImport(CCurl)
    if tls.isCustom { return CurlTransport(timeout: timeout, tls: tls) }
    #endif
    return URLSessionTransport(timeout: timeout)
}
