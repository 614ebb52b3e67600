import Foundation
import GraftJSON
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request to a service, described without base URL or credentials.
struct ServiceRequest: Sendable {
    /// `GET`, `POST`...
    var method: String
    /// Path segments below the base URL, each percent-encoded when sent (a uid may hold anything).
    var path: [String]
    /// Query parameters.
    var query: [URLQueryItem] = []
    /// A JSON body.
    var body: JSON?
    /// What the request is for, as error messages say it (`saving dashboard x`).
    var action: String
}

/// A service's HTTP API: base URL, fixed headers, retries with backoff, errors as `APIError`.
struct HTTPService: Sendable {
    /// The name errors use (`Grafana`).
    let name: String
    /// The base URL, without credentials.
    let baseURL: URL
    /// Headers on every request (authorization, organisation).
    let headers: [(name: String, value: String)]
    /// How long one attempt may take.
    let timeout: Duration
    /// When to try again.
    let retry: RetryPolicy
    /// What sends the requests.
    let transport: any HTTPTransport

    /// Sends `request`, retrying as `retry` allows. Returns the answer when its status is 2xx or in
    /// `accepting` (404 for "look up"); throws `APIError` otherwise.
    func send(_ request: ServiceRequest, accepting: Set<Int> = []) async throws -> TransportResponse {
        let clock = ContinuousClock()
        let deadline = clock.now + retry.totalTimeLimit
        var urlRequest = URLRequest(url: url(for: request))
        urlRequest.httpMethod = request.method
        for (name, value) in headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        urlRequest.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body = request.body {
            urlRequest.httpBody = Data(body.formatted(.compact).utf8)
            urlRequest.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        var random = SystemRandomNumberGenerator()
        var attempt = 0
        while true {
            attempt += 1
            let remaining = clock.now.duration(to: deadline)
            urlRequest.timeoutInterval = max(0.001, min(timeout, remaining).seconds)
            let failure: APIError.Failure
            var retryAfter: Duration?
            let outcome: Result<TransportResponse, TransportFailure>
            do { outcome = .success(try await transport.send(urlRequest)) } catch { outcome = .failure(error) }
            switch outcome {
            case .success(let response):
                if (200..<300).contains(response.status) || accepting.contains(response.status) { return response }
                failure = .status(response.status, message: HTTPService.message(in: response.body))
                guard RetryPolicy.retriedStatuses.contains(response.status) else { throw error(failure, request, attempt) }
                retryAfter = response.retryAfter.flatMap(HTTPService.parseRetryAfter)
            case .failure(.cancelled):
                throw CancellationError()
            case .failure(.timedOut):
                failure = .timedOut
            case .failure(.untrustedCertificate(let reason)):
                throw error(.untrustedCertificate(reason: reason), request, attempt)
            case let .failure(.unreachable(reason, retryable)):
                failure = .unreachable(reason: reason)
                if !retryable { throw error(failure, request, attempt) }
            }
            let delay = retry.delay(afterAttempt: attempt, retryAfter: retryAfter, using: &random)
            // Another attempt only when it would still have a useful share of time before the bound.
            let usefulAttempt = min(timeout, HTTPService.shortestAttempt)
            guard attempt < retry.maximumAttempts, clock.now + delay + usefulAttempt < deadline else { throw error(failure, request, attempt) }
            try await Task.sleep(for: delay)
        }
    }

    /// Sends `request` and reads the JSON answer; `nil` when the status was one of `accepting`.
    func json(_ request: ServiceRequest, accepting: Set<Int> = []) async throws -> JSON? {
        let response = try await send(request, accepting: accepting)
        if accepting.contains(response.status) { return nil }
        do {
            return try JSONParser.parse(response.body)
        } catch {
            throw invalidResponse("the body is not JSON", request)
        }
    }

    /// An `APIError` for an answer whose content is not what Graft expects.
    func invalidResponse(_ reason: String, _ request: ServiceRequest) -> APIError {
        error(.invalidResponse(reason: reason), request, 1)
    }

    private func error(_ failure: APIError.Failure, _ request: ServiceRequest, _ attempts: Int) -> APIError {
        APIError(service: name, location: baseURL.absoluteString, action: request.action, failure: failure, attempts: attempts)
    }

    private func url(for request: ServiceRequest) -> URL {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
        let segments = request.path.map { $0.addingPercentEncoding(withAllowedCharacters: HTTPService.segmentCharacters) ?? $0 }
        components.percentEncodedPath += "/" + segments.joined(separator: "/")
        if !request.query.isEmpty { components.queryItems = request.query }
        return components.url!
    }

    /// The least time worth giving an attempt.
    private static let shortestAttempt = Duration.milliseconds(100)

    /// Characters left as they are in a path segment: the path set without `/`.
    private static let segmentCharacters: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove("/")
        return set
    }()

    /// The service's own message: the body's `message`, else a short single line of the body.
    static func message(in body: Data) -> String {
        if let json = try? JSONParser.parse(body), let message = json["message"]?.stringValue { return message }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return text
    }

    /// `Retry-After` as seconds or as an HTTP date.
    static func parseRetryAfter(_ value: String) -> Duration? {
        if let seconds = Int(value.trimmingCharacters(in: .whitespaces)), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSinceNow * 1000)))
    }
}
