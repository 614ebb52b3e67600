import Foundation
import GraftHTTP
import GraftJSON
import GraftTestSupport
import Synchronization
import Testing

@Suite("Request bodies")
struct RequestBodyTests {
    @Test("a body goes with its Content-Length, never chunked, without Expect", arguments: ["POST", "PUT"])
    func contentLength(_ method: String) async throws {
        let seen = Mutex<[HTTPServerRequest]>([])
        let server = try HTTPTestServer { request in
            seen.withLock { $0.append(request) }
            return .respond(.json(200, [:]))
        }
        defer { server.stop() }
        let body: JSON = ["dashboard": ["title": "T", "panels": .array((0..<200).map(JSON.int))]]
        _ = try await Services.at(server).send(HTTPRequest(method: method, path: ["api", "x"], body: body, action: "saving x"))
        let request = try #require(seen.withLock { $0.first })
        #expect(request.method == method)
        #expect(request.header("Content-Length") == String(request.body.count))
        #expect(request.header("Transfer-Encoding") == nil)
        #expect(request.header("Expect") == nil)
        #expect(request.header("Content-Type") == "application/json")
        #expect(try JSONParser.parse(request.body) == body)
    }

    @Test("credentials become one Authorization header")
    func authorization() async throws {
        let seen = Mutex<[String?]>([])
        let server = try HTTPTestServer { request in
            seen.withLock { $0.append(request.header("Authorization")) }
            return .respond(.json(200, [:]))
        }
        defer { server.stop() }
        _ = try await Services.at(server, credentials: .token("t0k")).send(Services.get("a"))
        _ = try await Services.at(server, credentials: .basic(user: "u", password: "p")).send(Services.get("b"))
        _ = try await Services.at(server).send(Services.get("c"))
        #expect(seen.withLock { $0 } == ["Bearer t0k", "Basic " + Data("u:p".utf8).base64EncodedString(), nil])
    }
}
