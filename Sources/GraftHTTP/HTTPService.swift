import Foundation
import GraftJSON

/// A service's HTTP API: base URL, fixed headers, retries with backoff, a bound on each request's
/// total time and each answer's size, errors as `APIError`.
public struct HTTPService: Sendable {
    /// Where the service is and how Graft talks to it.
    public let endpoint: ServiceEndpoint
    /// Headers on every request besides `Authorization` (which comes from the credentials when sent).
    private let headers: [String]

    /// The service behind `endpoint`, with Graft's user agent and the service's own `headers`.
    public init(_ endpoint: ServiceEndpoint, headers: [(name: String, value: String)] = []) {
        self.endpoint = endpoint
        self.headers = ["User-Agent: graft", "Accept: application/json"] + headers.map { "\($0.name): \($0.value)" }
    }

    /// Sends `request`, retrying as the endpoint's policy allows. Returns the answer when its status
    /// is 2xx or in `accepting` (404 for "look up"); throws `APIError` otherwise.
    public func send(_ request: HTTPRequest, accepting: Set<Int> = []) async throws -> HTTPResponse {
        let clock = ContinuousClock()
        let retry = endpoint.retry
        let deadline = clock.now + retry.totalTimeLimit
        var attemptRequest = transportRequest(for: request)
        var random = SystemRandomNumberGenerator()
        var attempt = 0
        while true {
            attempt += 1
            // The first attempt always gets its whole timeout, even one longer than the policy's total
            // bound; later ones only what is left of that bound.
            attemptRequest.timeout = attempt == 1 ? endpoint.requestTimeout : min(endpoint.requestTimeout, clock.now.duration(to: deadline))
            let failure: APIError.Failure
            var retryAfter: Duration?
            let outcome: Result<HTTPResponse, TransportFailure>
            do { outcome = .success(try await CurlMulti.shared.send(attemptRequest)) } catch { outcome = .failure(error) }
            switch outcome {
            case .success(let response):
                if (200..<300).contains(response.status) || accepting.contains(response.status) { return response }
                failure = .status(response.status, message: HTTPService.message(in: response.body))
                guard retry.retriedStatuses.contains(response.status) else { throw error(failure, request, attempt) }
                retryAfter = response.retryAfter.flatMap(HTTPService.parseRetryAfter)
            case .failure(.cancelled):
                throw CancellationError()
            case .failure(.timedOut):
                failure = .timedOut
            case .failure(.tooLarge):
                throw error(.responseTooLarge(limit: attemptRequest.maximumResponseSize), request, attempt)
            case .failure(.untrustedCertificate(let reason)):
                throw error(.untrustedCertificate(reason: reason), request, attempt)
            case let .failure(.unreachable(reason, retryable)):
                failure = .unreachable(reason: reason)
                if !retryable { throw error(failure, request, attempt) }
            }
            let delay = retry.delay(afterAttempt: attempt, retryAfter: retryAfter, using: &random)
            // Another attempt only when it would still have a useful share of time before the bound.
            let usefulAttempt = min(endpoint.requestTimeout, HTTPService.shortestAttempt)
            guard attempt < retry.maximumAttempts, clock.now + delay + usefulAttempt < deadline else { throw error(failure, request, attempt) }
            try await Task.sleep(for: delay)
        }
    }

    /// Sends `request` and reads the JSON answer; `nil` when the status was one of `accepting`.
    public func json(_ request: HTTPRequest, accepting: Set<Int> = []) async throws -> JSON? {
        let response = try await send(request, accepting: accepting)
        if accepting.contains(response.status) { return nil }
        do {
            return try JSONParser.parse(response.body)
        } catch {
            throw invalidResponse("the body is not JSON", request)
        }
    }

    /// An `APIError` for an answer whose content is not what Graft expects.
    public func invalidResponse(_ reason: String, _ request: HTTPRequest) -> APIError {
        error(.invalidResponse(reason: reason), request, 1)
    }

    private func error(_ failure: APIError.Failure, _ request: HTTPRequest, _ attempts: Int) -> APIError {
        APIError(service: endpoint.service, location: endpoint.location, action: request.action, failure: failure, attempts: attempts)
    }

    /// What every attempt at `request` sends; only the timeout changes between attempts.
    private func transportRequest(for request: HTTPRequest) -> TransportRequest {
        var lines = headers
        if let authorization = endpoint.credentials.authorizationHeader { lines.append("Authorization: \(authorization)") }
        var body: Data?
        if let json = request.body {
            body = Data(json.formatted(.compact).utf8)
            lines.append("Content-Type: application/json")
        }
        let limit = min(endpoint.maximumResponseSize, max(1, request.maximumResponseSize ?? .max))
        return TransportRequest(url: url(for: request).absoluteString, method: request.method, headers: lines, body: body,
                                timeout: endpoint.requestTimeout, tls: endpoint.tls, maximumResponseSize: limit)
    }

    private func url(for request: HTTPRequest) -> URL {
        var components = URLComponents(url: endpoint.baseURL, resolvingAgainstBaseURL: false)!
        let segments = request.path.map { $0.addingPercentEncoding(withAllowedCharacters: HTTPService.segmentCharacters) ?? $0 }
        components.percentEncodedPath += "/" + segments.joined(separator: "/")
        if !request.query.isEmpty {
            components.queryItems = request.query
            // URLComponents leaves `+` as is, and Go servers read it as a space: `a + b` must stay a sum.
            components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        }
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

    /// The service's own message: the body's `message` (or Prometheus's `error`), else a short single line of the body.
    static func message(in body: Data) -> String {
        if let json = try? JSONParser.parse(body), let message = json["message"]?.stringValue ?? json["error"]?.stringValue { return message }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return text
    }

    /// The longest `Retry-After` read (a day, beyond any request's total time limit): a longer one,
    /// however many digits or however far its date, is read as this, so no conversion overflows.
    static let longestRetryAfter: Duration = .seconds(86_400)

    /// `Retry-After` as seconds or as an HTTP date, at most `longestRetryAfter`.
    static func parseRetryAfter(_ value: String) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // Digits beyond Int's range are a wait longer than the longest too.
            return Int(trimmed).map { min(.seconds($0), longestRetryAfter) } ?? longestRetryAfter
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        let longest = Double(longestRetryAfter.components.seconds)
        return .milliseconds(Int((min(max(0, date.timeIntervalSinceNow), longest) * 1000).rounded()))
    }
}
