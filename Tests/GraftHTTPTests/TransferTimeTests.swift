import Foundation
import GraftHTTP
import GraftTestSupport
import Synchronization
import Testing

/// Times are taken on the server's threads: the test's own task may resume late on a busy
/// machine, the moment the client hung up does not.
@Suite("Each attempt's time is bounded, and a cancelled task stops its transfer")
struct TransferTimeTests {
    /// When the server received the request, and when the client hung up.
    final class Moments: Sendable {
        private let state = Mutex<(arrived: ContinuousClock.Instant?, hungUp: ContinuousClock.Instant?)>((nil, nil))
        func arrive() { state.withLock { $0.arrived = .now } }
        func hangUp() { state.withLock { $0.hungUp = .now } }
        var arrived: ContinuousClock.Instant? { state.withLock { $0.arrived } }
        var hungUp: ContinuousClock.Instant? { state.withLock { $0.hungUp } }
        /// From arrival to hang-up, once both happened.
        func held() async -> Duration? {
            _ = await waitUntil { state.withLock { $0.hungUp != nil } }
            return state.withLock { state in state.hungUp.flatMap { end in state.arrived.map { end - $0 } } }
        }
    }

    /// A server that never answers, noting when the request arrives and when the client hangs up.
    static func silentServer(_ moments: Moments) throws -> HTTPTestServer {
        try HTTPTestServer { _ in
            moments.arrive()
            return .noAnswer(for: .seconds(20)) { moments.hangUp() }
        }
    }

    @Test("a server dripping a byte every 200 ms is cut at the timeout")
    func drippingServer() async throws {
        let moments = Moments()
        let sentBytes = Mutex(0)
        let server = try HTTPTestServer { _ in
            moments.arrive()
            return .stream(HTTPServerResponse(status: 200, body: Array(repeating: 67, count: 100)), chunkSize: 1, interval: .milliseconds(200)) { sent in
                sentBytes.withLock { $0 = sent }
                moments.hangUp()
            }
        }
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) { try await Services.at(server, timeout: .seconds(1)).send(Services.get("drip")) }
        #expect(error.failure == .timedOut)
        let held = try #require(await moments.held())
        // Cut at 1 s; the server notices at its next write or the one after (200 ms each).
        #expect(held >= .milliseconds(900) && held < .milliseconds(2500), "held \(held) for a 1 s bound on a 20 s answer")
        #expect(sentBytes.withLock { $0 } < 15)
    }

    @Test("a sub-second timeout is kept, not rounded down to nothing or up to a second")
    func subSecond() async throws {
        let moments = Moments()
        let server = try TransferTimeTests.silentServer(moments)
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) {
            try await Services.at(server, timeout: .milliseconds(250)).send(Services.get("slow"))
        }
        #expect(error.failure == .timedOut)
        let held = try #require(await moments.held())
        #expect(held >= .milliseconds(150) && held < .milliseconds(700), "held \(held) for a 250 ms bound")
    }

    @Test("cancelling the task aborts its transfer at once")
    func cancellation() async throws {
        let moments = Moments()
        let server = try TransferTimeTests.silentServer(moments)
        defer { server.stop() }
        let service = try Services.at(server, timeout: .seconds(30))
        let task = Task { try await service.send(Services.get("slow")) }
        try #require(await waitUntil { moments.arrived != nil })
        let cancelled = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        _ = await moments.held()
        let hungUp = try #require(moments.hungUp)
        #expect(hungUp - cancelled < .seconds(1), "the transfer went on \(hungUp - cancelled) after the task was cancelled")
    }
}
