import Foundation
import GraftHTTP
import GraftJSON
import GraftTestSupport
import Synchronization
import Testing

@Suite("Retries: what may pass is tried again, what cannot is final, and the total time stays bounded")
struct RetryTests {
    /// Many quick attempts: these tests count attempts, not waits.
    static let quick = RetryPolicy(maximumAttempts: 8, initialDelay: .milliseconds(1), maximumDelay: .milliseconds(5))

    /// A server answering each request's first attempt with `first`, and every later one with 200;
    /// requests are told apart by their path. Returns the server and the attempts each path got.
    static func failingOnce(_ first: @escaping @Sendable (HTTPServerRequest) -> HTTPServerReply) throws -> (HTTPTestServer, LockedState<[String: Int]>) {
        let attempts = LockedState<[String: Int]>([:])
        let server = try HTTPTestServer { request in
            let attempt = attempts.withLock { counts in
                counts[request.path, default: 0] += 1
                return counts[request.path]!
            }
            return attempt == 1 ? first(request) : .respond(.json(200, ["ok": true, "attempt": .int(attempt)]))
        }
        return (server, attempts)
    }

    @Test("a 500 is tried again, for reads and for writes, and the answer after it is returned", arguments: ["GET", "POST", "PUT", "DELETE"])
    func internalServerError(_ method: String) async throws {
        let (server, attempts) = try RetryTests.failingOnce { _ in
            .respond(.json(500, ["message": "Internal Server Error", "traceID": ""]))
        }
        defer { server.stop() }
        let body: JSON? = method == "POST" || method == "PUT" ? ["dashboard": ["uid": "x"]] : nil
        let response = try await Services.at(server, retry: RetryTests.quick)
            .send(HTTPRequest(method: method, path: ["api", "x"], body: body, action: "sending x"))
        #expect(response.status == 200)
        #expect(try JSONParser.parse(response.body)["attempt"] == 2)
        #expect(attempts.withLock { $0 } == ["/api/x": 2])
    }

    @Test("a proxy's HTML error page is tried again like any 502, and its status is what a final one reports")
    func proxyPage() async throws {
        let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
        let server = try HTTPTestServer { _ in .respond(HTTPServerResponse(status: 502, headers: [("Content-Type", "text/html")], body: Array(page.utf8))) }
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) {
            try await Services.at(server, retry: RetryPolicy(maximumAttempts: 3, initialDelay: .milliseconds(1))).send(Services.get("x"))
        }
        #expect(error.attempts == 3)
        #expect(error.statusCode == 502)
    }

    @Test("a 4xx is final: one attempt, its status and message reported", arguments: [400, 401, 403, 404, 409, 412, 413, 422])
    func clientErrorsAreFinal(_ status: Int) async throws {
        let count = Mutex(0)
        let server = try HTTPTestServer { _ in
            count.withLock { $0 += 1 }
            return .respond(.json(status, ["message": "refused"]))
        }
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) {
            try await Services.at(server, retry: RetryTests.quick).send(HTTPRequest(method: "POST", path: ["x"], body: [:], action: "saving x"))
        }
        #expect(error.statusCode == status && error.serviceMessage == "refused" && error.attempts == 1)
        #expect(count.withLock { $0 } == 1)
    }

    @Test("a policy's retried statuses are its own: without 500, a 500 is final")
    func retriedStatusesArePerPolicy() async throws {
        let (server, attempts) = try RetryTests.failingOnce { _ in .respond(.json(500, ["message": "IllegalStateException: disabled."])) }
        defer { server.stop() }
        var policy = RetryTests.quick
        policy.retriedStatuses.remove(500)
        let error = try await #require(throws: APIError.self) { try await Services.at(server, retry: policy).send(Services.get("x")) }
        #expect(error.statusCode == 500 && error.attempts == 1)
        #expect(attempts.withLock { $0 } == ["/x": 1])
    }

    @Test("an answer cut short is never taken for a whole one: it is tried again")
    func truncatedAnswer() async throws {
        let (server, attempts) = try RetryTests.failingOnce { _ in
            .truncated(.json(200, ["dashboard": ["title": "a long enough title", "panels": []]]), sending: 10)
        }
        defer { server.stop() }
        let response = try await Services.at(server, retry: RetryTests.quick).send(Services.get("cut"))
        #expect(try JSONParser.parse(response.body)["attempt"] == 2)
        #expect(attempts.withLock { $0 } == ["/cut": 2])

        let alwaysCut = try HTTPTestServer { _ in .truncated(.json(200, ["ok": true, "padding": "xxxxxxxxxxxxxxxx"]), sending: 5) }
        defer { alwaysCut.stop() }
        let error = try await #require(throws: APIError.self) {
            try await Services.at(alwaysCut, retry: RetryPolicy(maximumAttempts: 2, initialDelay: .milliseconds(1))).send(Services.get("cut"))
        }
        #expect(error.failure == .unreachable(reason: "the connection closed before the whole answer arrived") && error.attempts == 2)
    }

    /// Both TLS settings: an older transport bounded time only on one of its paths.
    @Test("against a server dripping a byte every 200 ms, each attempt stops at the timeout and all of them at the total bound",
          arguments: [TLSOptions.system, TLSOptions(insecure: true)])
    func drippingServerAcrossRetries(_ tls: TLSOptions) async throws {
        let moments = Mutex<(first: ContinuousClock.Instant?, last: ContinuousClock.Instant?, attempts: Int, finished: Int)>((nil, nil, 0, 0))
        let server = try HTTPTestServer { _ in
            moments.withLock { state in
                state.first = state.first ?? .now
                state.attempts += 1
            }
            return .stream(HTTPServerResponse(status: 200, body: Array(repeating: 67, count: 1000)), chunkSize: 1, interval: .milliseconds(200)) { _ in
                moments.withLock { state in
                    state.last = .now
                    state.finished += 1
                }
            }
        }
        defer { server.stop() }
        let policy = RetryPolicy(maximumAttempts: 16, initialDelay: .milliseconds(1), maximumDelay: .milliseconds(5), totalTimeLimit: .seconds(3))
        let service = try Services.at(server, tls: tls, timeout: .seconds(1), retry: policy)
        let error = try await #require(throws: APIError.self) { try await service.send(Services.get("drip")) }
        #expect(error.failure == .timedOut)
        try #require(await waitUntil { moments.withLock { $0.finished == error.attempts } })
        let (first, last, attempts, _) = moments.withLock { $0 }
        let held = try #require(last) - (try #require(first))
        // Three attempts of at most 1 s fill the 3 s bound; the server notices a hang-up at its next byte (200 ms).
        // On a loaded machine (the whole suite in parallel, other builds) the server may see fewer: what
        // must hold whatever the load is that the attempts stop, and all of them within the bound.
        #expect(attempts >= 1 && attempts <= 4 && attempts == error.attempts, "\(attempts) attempts, \(error.attempts) made")
        #expect(held < .milliseconds(3600), "the server was held \(held) for a 3 s bound")
    }
}
