import CCurl
import Foundation

/// One transfer on the transfer thread: its easy handle set up from the request, and what libcurl
/// has written into it so far. Made, driven and dropped on that thread only.
final class CurlTransfer {
    /// The job's id, which a cancellation names.
    let id: UInt64
    private let handle: UnsafeMutableRawPointer
    private let continuation: CheckedContinuation<Result<HTTPResponse, TransportFailure>, Never>
    private let limit: Int
    private var headerLines: UnsafeMutablePointer<curl_slist>?
    private let errorText = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    private var body = Data()
    private var retryAfter: String?
    private var overLimit = false

    /// A transfer of `job` on `handle`, which it owns from now on.
    init(_ job: CurlMulti.Job, handle: UnsafeMutableRawPointer) {
        id = job.id
        self.handle = handle
        continuation = job.continuation
        limit = job.request.maximumResponseSize
        errorText.initialize(to: 0)
        configure(job.request)
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerLines)
        errorText.deallocate()
    }

    private func configure(_ request: TransportRequest) {
        for line in request.headers { headerLines = curl_slist_append(headerLines, line) }
        headerLines = curl_slist_append(headerLines, "Expect:")  // no 100-continue round trip
        let user = Unmanaged.passUnretained(self).toOpaque()
        _ = graft_curl_setopt_pointer(handle, CURLOPT_URL, request.url)
        _ = graft_curl_setopt_pointer(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = graft_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        // Redirects are reported, not followed: an `Authorization` header never goes elsewhere.
        _ = graft_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        // The whole transfer, connecting to last byte: a server dripping bytes cannot stretch it.
        _ = graft_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, request.timeoutMilliseconds)
        // Refused up front when Content-Length says too much; `receive` counts the rest.
        _ = graft_curl_setopt_size(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limit))
        _ = graft_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerLines)
        _ = graft_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorText)
        if request.tls.insecure {
            _ = graft_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 0)
            _ = graft_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 0)
        } else if let file = request.tls.caCertificateFile {
            _ = graft_curl_setopt_pointer(handle, CURLOPT_CAINFO, file)
        }
        switch request.method {
        case "GET": _ = graft_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case "HEAD": _ = graft_curl_setopt_long(handle, CURLOPT_NOBODY, 1)
        default: _ = graft_curl_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, request.method)
        }
        if let body = request.body {
            // A known size: libcurl sends Content-Length, never chunks. COPYPOSTFIELDS keeps its
            // own copy, so it can resend the body on a new connection.
            _ = graft_curl_setopt_size(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            if body.isEmpty {
                _ = graft_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, "")
            } else {
                _ = body.withUnsafeBytes { graft_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
            }
        }
        _ = graft_curl_setopt_callback(handle, CURLOPT_WRITEFUNCTION) { bytes, size, count, user in
            Unmanaged<CurlTransfer>.fromOpaque(user!).takeUnretainedValue().receive(bytes, count: size * count)
        }
        _ = graft_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, user)
        _ = graft_curl_setopt_callback(handle, CURLOPT_HEADERFUNCTION) { bytes, size, count, user in
            Unmanaged<CurlTransfer>.fromOpaque(user!).takeUnretainedValue().header(bytes, count: size * count)
        }
        _ = graft_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, user)
    }

    /// Body bytes; taking fewer than offered makes libcurl abort the transfer.
    private func receive(_ bytes: UnsafeMutablePointer<CChar>?, count: Int) -> Int {
        guard body.count + count <= limit else {
            overLimit = true
            return 0
        }
        if let bytes { body.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: count) }
        return count
    }

    /// One header line; a status line starts a new answer's headers.
    private func header(_ bytes: UnsafeMutablePointer<CChar>?, count: Int) -> Int {
        guard let bytes else { return count }
        let line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self)
        let lowered = line.lowercased()
        if lowered.hasPrefix("http/") {
            retryAfter = nil
        } else if lowered.hasPrefix("retry-after:") {
            retryAfter = line.dropFirst("retry-after:".count).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return count
    }

    /// The answer, or why there is none, once libcurl reports the transfer done with `code`.
    func outcome(_ code: CURLcode) -> Result<HTTPResponse, TransportFailure> {
        if overLimit || code == CURLE_FILESIZE_EXCEEDED { return .failure(.tooLarge) }
        guard code == CURLE_OK else {
            let detail = String(cString: errorText)
            return .failure(CurlTransfer.classify(code, message: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail))
        }
        return .success(HTTPResponse(status: graft_curl_response_code(handle), retryAfter: retryAfter, body: body))
    }

    /// Hands `result` to the waiting task. Called once, after the handle left the multi handle.
    func finish(_ result: Result<HTTPResponse, TransportFailure>) {
        continuation.resume(returning: result)
    }

    /// Sorts libcurl's result codes into what retries need to know. Texts are Graft's own, apart
    /// from libcurl's TLS message, which names no URL.
    private static func classify(_ code: CURLcode, message: String) -> TransportFailure {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut
        case CURLE_COULDNT_CONNECT: return .unreachable("the connection was refused or failed", retryable: true)
        case CURLE_COULDNT_RESOLVE_HOST: return .unreachable("the host name was not found", retryable: true)
        case CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR:
            return .unreachable("the connection closed without an answer", retryable: true)
        case CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            return .unreachable("the connection closed before the whole answer arrived", retryable: true)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM:
            return .untrustedCertificate(message)
        default:
            return .unreachable(message, retryable: false)
        }
    }
}
