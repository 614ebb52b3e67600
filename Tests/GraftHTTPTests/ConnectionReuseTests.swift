import GraftHTTP
import GraftJSON
import GraftTestSupport
import Testing

@Suite("Connections are kept and reused")
struct ConnectionReuseTests {
    @Test("requests one after another share one connection, bodies and all")
    func sequentialRequestsShareAConnection() async throws {
        let server = try HTTPTestServer { _ in .respond(.json(200, ["ok": true])) }
        defer { server.stop() }
        let service = try Services.at(server)
        for index in 0..<10 {
            let body: JSON? = index.isMultiple(of: 2) ? ["index": .int(index)] : nil
            _ = try await service.send(HTTPRequest(method: body == nil ? "GET" : "POST", path: ["r\(index)"], body: body, action: "request \(index)"))
        }
        #expect(server.acceptedConnections == 1)
    }
}
