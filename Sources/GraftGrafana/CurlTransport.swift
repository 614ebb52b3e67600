#if canImport(CCurl)
import CCurl
import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The transport for connections with their own TLS options (a CA file, or no verification).
///
/// URLSession on Linux (swift-corelibs-foundation) offers neither: it never asks a delegate
/// about server trust and has no CA setting, so these requests go to libcurl directly, with
/// `CURLOPT_CAINFO` or `CURLOPT_SSL_VERIFYPEER`/`VERIFYHOST` off. Easy handles are kept between
/// requests, so their connections are reused as URLSession's would be.
final class CurlTransport: HTTPTransport {
    private let timeout: Duration
    private let tls: TLSOptions
    private let idleHandles = Mutex<[EasyHandle]>([])

    /// A libcurl easy handle; only one transfer uses it at a time (it is taken from, then put back into, `idleHandles`).
    private struct EasyHandle: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
    }

    /// libcurl's global state, set up once before any handle (curl_global_init is not thread-safe).
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    /// A transport whose attempts each last at most `timeout`, checking certificates as `tls` says.
    init(timeout: Duration, tls: TLSOptions) {
        self.timeout = timeout
        self.tls = tls
    }

    deinit {
        for handle in idleHandles.withLock({ $0 }) { curl_easy_cleanup(handle.pointer) }
    }

    func send(_ request: URLRequest) async throws(TransportFailure) -> TransportResponse {
        let result: Result<TransportResponse, TransportFailure> = await withCheckedContinuation { continuation in
            // curl_easy_perform blocks: it gets a thread of its own, off Swift's cooperative pool.
            let thread = Thread { continuation.resume(returning: self.perform(request)) }
            thread.start()
        }
        return try result.get()
    }

    /// What libcurl writes into while a transfer runs.
    private final class Received {
        var body = Data()
        var retryAfter: String?
    }

    private func perform(_ request: URLRequest) -> Result<TransportResponse, TransportFailure> {
        guard CurlTransport.initialized, let handle = idleHandles.withLock({ $0.popLast() })?.pointer ?? curl_easy_init() else {
            return .failure(.unreachable("libcurl could not start", retryable: false))
        }
        curl_easy_reset(handle)
        var headers: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headers) }
        for (name, value) in request.allHTTPHeaderFields ?? [:] { headers = curl_slist_append(headers, "\(name): \(value)") }
        headers = curl_slist_append(headers, "Expect:")  // no 100-continue round trip
        let received = Received()
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let method = request.httpMethod ?? "GET"

        let code: CURLcode = errorText.withUnsafeMutableBufferPointer { errorBuffer in
            let user = Unmanaged.passUnretained(received).toOpaque()
            _ = graft_curl_setopt_pointer(handle, CURLOPT_URL, request.url?.absoluteString ?? "")
            _ = graft_curl_setopt_pointer(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            _ = graft_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
            _ = graft_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
            _ = graft_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(request.timeoutInterval * 1000))
            _ = graft_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headers)
            _ = graft_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer.baseAddress)
            if tls.insecure {
                _ = graft_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 0)
                _ = graft_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 0)
            } else if let file = tls.caCertificateFile {
                _ = graft_curl_setopt_pointer(handle, CURLOPT_CAINFO, file)
            }
            switch method {
            case "GET": _ = graft_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
            case "HEAD": _ = graft_curl_setopt_long(handle, CURLOPT_NOBODY, 1)
            default: _ = graft_curl_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, method)
            }
            if let body = request.httpBody {
                _ = graft_curl_setopt_size(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                // COPYPOSTFIELDS keeps libcurl's own copy: it can resend the body on a new connection.
                _ = body.withUnsafeBytes { graft_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
            }
            _ = graft_curl_setopt_callback(handle, CURLOPT_WRITEFUNCTION) { bytes, size, count, user in
                let received = Unmanaged<Received>.fromOpaque(user!).takeUnretainedValue()
                if let bytes { received.body.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: size * count) }
                return size * count
            }
            _ = graft_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, user)
            _ = graft_curl_setopt_callback(handle, CURLOPT_HEADERFUNCTION) { bytes, size, count, user in
                let received = Unmanaged<Received>.fromOpaque(user!).takeUnretainedValue()
                if let bytes {
                    let line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: size * count), as: UTF8.self)
                    if line.lowercased().hasPrefix("retry-after:") {
                        received.retryAfter = line.dropFirst("retry-after:".count).trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                }
                return size * count
            }
            _ = graft_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, user)
            return withExtendedLifetime(received) { curl_easy_perform(handle) }
        }
        let status = graft_curl_response_code(handle)
        _ = graft_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, nil)
        let idle = EasyHandle(pointer: handle)
        idleHandles.withLock { $0.append(idle) }
        guard code == CURLE_OK else {
            let detail = String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            return .failure(CurlTransport.classify(code, message: message))
        }
        return .success(TransportResponse(status: status, retryAfter: received.retryAfter, body: received.body))
    }

    /// Sorts libcurl's result codes as `URLSessionTransport.classify` sorts URLSession's errors.
    private static func classify(_ code: CURLcode, message: String) -> TransportFailure {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut
        case CURLE_COULDNT_CONNECT: return .unreachable("the connection was refused or failed", retryable: true)
        case CURLE_COULDNT_RESOLVE_HOST: return .unreachable("the host name was not found", retryable: true)
        case CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR:
            return .unreachable("the connection closed without an answer", retryable: true)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM:
            return .untrustedCertificate(message)
        default:
            return .unreachable(message, retryable: false)
        }
    }
}
#endif
