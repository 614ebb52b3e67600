import Foundation
import GraftHTTP
import GraftTestSupport
import Synchronization
import Testing

@Suite("Answers larger than the limit are refused")
struct ResponseLimitTests {
    @Test("an answer whose Content-Length passes the limit is refused in one sentence")
    func declaredLength() async throws {
        let server = try HTTPTestServer { _ in .respond(HTTPServerResponse(status: 200, body: Array(repeating: 65, count: 4096))) }
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) { try await Services.at(server, limit: 1024).send(Services.get("big")) }
        #expect(error.failure == .responseTooLarge(limit: 1024))
        #expect(error.description == "Test at \(server.baseURL.absoluteString) sent more than 1 KiB when reading big, the most Graft reads in one answer.")
        #expect(try await Services.at(server, limit: 4096).send(Services.get("big")).body.count == 4096)
    }

    @Test("an answer without a length is cut as soon as it passes the limit")
    func undeclaredLength() async throws {
        let chunk = 64 * 1024
        let total = 4096 * chunk  // 256 MiB
        let sent = Mutex<Int?>(nil)
        let server = try HTTPTestServer { _ in
            .stream(HTTPServerResponse(status: 200, body: Array(repeating: 66, count: total)), chunkSize: chunk, interval: .zero) { bytes in
                sent.withLock { $0 = bytes }
            }
        }
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) { try await Services.at(server, limit: 1 << 20).send(Services.get("stream")) }
        #expect(error.failure == .responseTooLarge(limit: 1 << 20))
        #expect(error.description.hasSuffix("sent more than 1 MiB when reading stream, the most Graft reads in one answer."))
        try #require(await waitUntil { sent.withLock { $0 } != nil })
        // The limit, plus what the sockets' buffers held when the client hung up: far from all of it.
        let bytes = sent.withLock { $0 } ?? total
        #expect(bytes < 64 << 20, "the server sent \(bytes) of \(total) bytes")
    }

    @Test("an answer announcing 2 GiB is refused from its head: the body is never read")
    func announcedTwoGigabytes() async throws {
        let sent = Mutex<Int?>(nil)
        let server = try HTTPTestServer { _ in .announced(length: 2 << 30) { bytes in sent.withLock { $0 = bytes } } }
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) { try await Services.at(server).send(Services.get("dashboards")) }
        #expect(error.failure == .responseTooLarge(limit: ServiceEndpoint.defaultMaximumResponseSize))
        #expect(error.description == "Test at \(server.baseURL.absoluteString) sent more than 64 MiB when reading dashboards, the most Graft reads in one answer.")
        try #require(await waitUntil { sent.withLock { $0 } != nil })
        // What the sockets' buffers took before the client hung up, not the 2 GiB.
        let bytes = sent.withLock { $0 } ?? 0
        #expect(bytes < 16 << 20, "the server sent \(bytes) bytes")
    }

    @Test("a request's own bound is kept when it is below the endpoint's, and named in the message")
    func perRequestBound() async throws {
        let server = try HTTPTestServer { _ in .respond(HTTPServerResponse(status: 200, body: Array(repeating: 65, count: 3000))) }
        defer { server.stop() }
        let service = try Services.at(server)
        let small = HTTPRequest(method: "GET", path: ["api", "health"], action: "checking its health", maximumResponseSize: 2048)
        let error = try await #require(throws: APIError.self) { try await service.send(small) }
        #expect(error.failure == .responseTooLarge(limit: 2048))
        #expect(error.description.hasSuffix("sent more than 2 KiB when checking its health, the most Graft reads in one answer."))
        // A request's bound never raises the endpoint's.
        let generous = HTTPRequest(method: "GET", path: ["x"], action: "reading x", maximumResponseSize: 1 << 30)
        await #expect(throws: APIError.self) { try await Services.at(server, limit: 1024).send(generous) }
        #expect(try await service.send(generous).body.count == 3000)
    }
}
