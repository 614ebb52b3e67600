import Foundation
import GraftHTTP
import GraftJSON
import GraftReview
import GraftTestSupport
import Synchronization
import Testing

@Suite("Prometheus client over the shared HTTP layer")
struct PrometheusClientTests {
    /// A vector answer with one series.
    static let vector = HTTPServerResponse.json(200, [
        "status": "success",
        "data": ["resultType": "vector", "result": [["metric": ["job": "higress"], "value": [1700000000, "1"]]]],
    ])

    static let fastRetry = RetryPolicy(maximumAttempts: 3, initialDelay: .milliseconds(1), maximumDelay: .milliseconds(5))

    @Test("a 503 is retried, and the next answer is used")
    func retries503() async throws {
        let count = Mutex(0)
        let server = try HTTPTestServer { _ in
            let n = count.withLock { value in
                value += 1
                return value
            }
            return .respond(n == 1 ? .text(503, "busy") : PrometheusClientTests.vector)
        }
        defer { server.stop() }
        let client = PrometheusClient(try PrometheusConnection(baseURL: server.baseURL, retry: PrometheusClientTests.fastRetry))
        let result = try await client.instant("up", at: Date())
        #expect(result.samples.map(\.labels) == [["job": "higress"]] && result.samples.map(\.value) == ["1"])
        #expect(count.withLock { $0 } == 2)
    }

    @Test("a 300 ms timeout holds against a Prometheus that does not answer")
    func subSecondTimeout() async throws {
        // Arrival and hang-up of each attempt, taken on the server's threads.
        let attempts = Mutex<[(arrived: ContinuousClock.Instant, hungUp: ContinuousClock.Instant?)]>([])
        let server = try HTTPTestServer { _ in
            let index = attempts.withLock { list in
                list.append((.now, nil))
                return list.count - 1
            }
            return .noAnswer(for: .seconds(10)) { attempts.withLock { $0[index].hungUp = .now } }
        }
        defer { server.stop() }
        let client = PrometheusClient(try PrometheusConnection(baseURL: server.baseURL, requestTimeout: .milliseconds(300),
                                                               retry: RetryPolicy(maximumAttempts: 1)))
        let error = try await #require(throws: PrometheusError.self) { try await client.instant("up", at: Date()) }
        #expect(error.unreachable)
        #expect(error.description == "Prometheus at \(server.baseURL.absoluteString) did not answer in time when reading /api/v1/query.")

        // The plain initialiser (the standard retries) keeps the fraction too, on each attempt: three are watched, then it is stopped.
        let plain = PrometheusClient(baseURL: server.baseURL, timeout: .milliseconds(300))
        let task = Task { try await plain.instant("up", at: Date()) }
        #expect(await waitUntil { attempts.withLock { $0.count >= 4 && $0.prefix(4).allSatisfy { $0.hungUp != nil } } })
        task.cancel()
        _ = await task.result
        #expect(await waitUntil { attempts.withLock { $0.allSatisfy { $0.hungUp != nil } } })
        // The four watched attempts ran their course; one in flight at the cancellation was cut short.
        for attempt in attempts.withLock({ $0.prefix(4) }) {
            let held = attempt.hungUp.map { $0 - attempt.arrived }
            #expect(held.map { $0 >= .milliseconds(200) && $0 < .milliseconds(800) } == true, "an attempt was held \(String(describing: held))")
        }
    }

    @Test("a token or a user and password sign in; the URL's password is masked in errors")
    func credentials() async throws {
        let seen = Mutex<[String?]>([])
        let server = try HTTPTestServer { request in
            seen.withLock { $0.append(request.header("Authorization")) }
            return .respond(request.header("Authorization") == nil ? .text(401, "Unauthorized") : PrometheusClientTests.vector)
        }
        defer { server.stop() }
        let environment = ["PROMETHEUS_TOKEN": "prom-token"]
        let byToken = try PrometheusConnection.resolve(url: server.baseURL.absoluteString, environment: environment)
        _ = try await PrometheusClient(byToken).instant("up", at: Date())
        let byUser = try PrometheusConnection.resolve(url: server.baseURL.absoluteString, user: "ann", password: "pw", environment: environment)
        _ = try await PrometheusClient(byUser).instant("up", at: Date())
        #expect(seen.withLock { $0 } == ["Bearer prom-token", "Basic " + Data("ann:pw".utf8).base64EncodedString()])


        let closed = try HTTPTestServer { _ in .dropConnection() }
        closed.stop()
        let unreachable = PrometheusClient(try PrometheusConnection(baseURL: URL(string: "http://ann:s3cret@127.0.0.1:\(closed.port)")!,
                                                                    retry: RetryPolicy(maximumAttempts: 1)))
        let error = try await #require(throws: PrometheusError.self) { try await unreachable.instant("up", at: Date()) }
        #expect(error.description.hasPrefix("Prometheus at http://ann:***@127.0.0.1:\(closed.port) could not be reached when reading /api/v1/query ("))
        #expect(!error.description.contains("s3cret"))
    }

    @Test("a bad query is Prometheus's own refusal, not an unreachable Prometheus")
    func badQuery() async throws {
        let server = try HTTPTestServer { _ in
            .respond(.json(400, ["status": "error", "errorType": "bad_data", "error": "1:4: parse error: unexpected end of input"]))
        }
        defer { server.stop() }
        let client = PrometheusClient(baseURL: server.baseURL)
        let error = try await #require(throws: PrometheusError.self) { try await client.instant("up{", at: Date()) }
        #expect(!error.unreachable)
        #expect(error.description == "1:4: parse error: unexpected end of input")
    }

    @Test("flags win over PROMETHEUS_* variables; a user without a password is one sentence")
    func resolution() throws {
        let environment = ["PROMETHEUS_URL": "http://prom:9090/", "PROMETHEUS_USER": "env-user", "PROMETHEUS_PASSWORD": "env-pw"]
        let fromEnvironment = try PrometheusConnection.resolve(url: nil, environment: environment)
        #expect(fromEnvironment.baseURL.absoluteString == "http://prom:9090")
        #expect(fromEnvironment.credentials == .basic(user: "env-user", password: "env-pw"))
        #expect(try PrometheusConnection.resolve(url: "http://p:1", token: "t", environment: environment).credentials == .token("t"))
        #expect(throws: ConfigurationError("A Prometheus user was given without a password: pass --prometheus-password or set PROMETHEUS_PASSWORD.")) {
            try PrometheusConnection.resolve(url: "http://p:1", user: "u", environment: [:])
        }
        #expect(throws: ConfigurationError("No Prometheus URL was given: pass --prometheus or set PROMETHEUS_URL.")) {
            try PrometheusConnection.resolve(url: nil, environment: [:])
        }
    }
}

/// What `graft verify` reads from Prometheus, fuzzed: mutants of real answers (a vector, a matrix,
/// label values, an error) to each of its calls give a value or a `PrometheusError`, never a trap.
@Suite("Prometheus answers, fuzzed")
struct PrometheusReplyFuzzTests {
    static let seeds: [JSON] = [
        ["status": "success", "data": ["resultType": "vector", "result": [["metric": ["__name__": "up", "job": "higress"], "value": [1700000000.5, "1"]]]]],
        ["status": "success", "data": ["resultType": "matrix", "result": [["metric": ["pod": "a"], "values": [[1700000000, "NaN"], [1700000015, "2.5"]]]]]],
        ["status": "success", "data": ["higress-system-higress-gateway", "other"]],
        ["status": "error", "errorType": "bad_data", "error": "parse error at char 5: unexpected \"}\""],
    ]

    @Test("4,000 mutated answers to instant and range queries and label lookups: each a value or a PrometheusError")
    func mutatedAnswers() async throws {
        let tokens = ["{", "}", "[", "]", ",", ":", "\"", "null", "\"NaN\"", "\"+Inf\"", "1e999", "-1", "\"resultType\":", "\"matrix\"",
                      "\"vector\"", "\"scalar\"", "\"string\"", "\"values\":", "\"value\":", "\"metric\":", "\"data\":", "网"]
        let count = 4_000
        let report = try await ReplyFuzzing.run(seeds: Self.seeds.map { Array($0.formatted(.compact).utf8) }, count: count, seed: 7,
                                                statuses: [200, 200, 200, 400, 422], tokens: tokens, refusal: PrometheusError.self) { operation, url in
            let client = PrometheusClient(try PrometheusConnection(baseURL: url, retry: RetryPolicy(maximumAttempts: 1)))
            let now = Date()
            switch operation {
            case 0: _ = try await client.instant("up", at: now)
            case 1: _ = try await client.range("up", start: now - 3600, end: now, stepMilliseconds: 15_000)
            case 2: _ = try await client.labelValues("higress", match: "envoy_server_live", start: now - 3600, end: now)
            default: _ = try await client.labelNames(match: nil, start: now - 3600, end: now)
            }
        }
        #expect(report.violation == nil, "\(report.violation ?? "")")
        // Small answers: most mutants break them, some still read (about 5%).
        #expect(report.values > count / 50 && report.refusals > count / 2, "\(report.values) values, \(report.refusals) refusals")
    }
}
