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
}
