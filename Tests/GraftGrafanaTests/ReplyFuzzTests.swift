import Foundation
import GraftGrafana
import GraftHTTP
import GraftJSON
import GraftTestSupport
import Synchronization
import Testing

/// The client's reading of Grafana's replies, fuzzed: every read and write the client makes gets
/// mutants of what the emulator really answers (seeded), under a status that is a success or a
/// final refusal. Each must give a value or an `APIError` in one sentence, never a trap or another error.
@Suite("Grafana replies, fuzzed")
struct ReplyFuzzTests {
    /// One client call, and the request whose real answer seeds its mutants.
    struct Operation: Sendable {
        var method: String
        var path: [String]
        var body: JSON?
        var call: @Sendable (GrafanaClient) async throws -> Void
    }

    static let operations: [Operation] = [
        Operation(method: "GET", path: ["api", "health"]) { _ = try await $0.health() },
        Operation(method: "GET", path: ["api", "dashboards", "uid", "fz"]) { _ = try await $0.dashboard(uid: "fz") },
        Operation(method: "GET", path: ["api", "dashboards", "uid", "fz", "versions"]) { _ = try await $0.versions(uid: "fz") },
        Operation(method: "GET", path: ["api", "search"]) { _ = try await $0.search(SearchQuery()) },
        Operation(method: "GET", path: ["api", "folders", "ff"]) { _ = try await $0.folder(uid: "ff") },
        Operation(method: "GET", path: ["api", "datasources"]) { _ = try await $0.datasources() },
        Operation(method: "GET", path: ["api", "datasources", "name", "Prometheus"]) { _ = try await $0.datasource(named: "Prometheus") },
        Operation(method: "POST", path: ["api", "dashboards", "db"], body: ["dashboard": ["uid": "fz2", "title": "Fuzz 2"], "overwrite": true]) {
            _ = try await $0.saveDashboard(DashboardSave(dashboard: ["uid": "fz3", "title": "Fuzz 3"]))
        },
        Operation(method: "POST", path: ["api", "folders"], body: ["uid": "ff2", "title": "Fuzz folder 2"]) {
            _ = try await $0.createFolder(uid: "ff3", title: "Fuzz folder 3")
        },
        Operation(method: "POST", path: ["api", "datasources"], body: ["name": "P2", "type": "prometheus", "url": "http://p:9090", "access": "proxy"]) {
            _ = try await $0.createDatasource(name: "P3", type: "prometheus", url: "http://p:9090")
        },
    ]

    /// What the emulator answers to each operation's request, once it holds a folder and a dashboard with versions.
    func realReplies() async throws -> [[UInt8]] {
        let emulator = try Fixtures.emulator()
        defer { emulator.stop() }
        let admin = GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .basic(user: "admin", password: "admin")))
        _ = try await admin.createFolder(uid: "ff", title: "Fuzz folder")
        let model = try JSONParser.parse(Fixtures.dashboard(uid: "fz", title: "Fuzz").jsonText())
        for message in ["first", "second"] {
            _ = try await admin.saveDashboard(DashboardSave(dashboard: model, folderUID: "ff", message: message, overwrite: true))
        }
        let raw = HTTPService(try ServiceEndpoint(service: "Grafana", baseURL: emulator.baseURL, credentials: .basic(user: "admin", password: "admin")))
        var replies: [[UInt8]] = []
        for operation in Self.operations {
            let request = HTTPRequest(method: operation.method, path: operation.path, body: operation.body, action: "seeding")
            replies.append([UInt8](try await raw.send(request).body))
        }
        return replies
    }

    @Test("8,000 mutated replies to every call the client makes: each a value or an APIError")
    func mutatedReplies() async throws {
        let seeds = try await realReplies()
        let reply = Mutex<HTTPServerResponse>(HTTPServerResponse(status: 200))
        let server = try HTTPTestServer { _ in .respond(reply.withLock { $0 }) }
        defer { server.stop() }
        let client = GrafanaClient(try GrafanaConnection(baseURL: server.baseURL, credentials: .token(Fixtures.editorToken),
                                                         retry: RetryPolicy(maximumAttempts: 1)))
        let tokens = ["{", "}", "[", "]", ",", ":", "\"", "\\u0000", "null", "true", "-1", "1e999", "0.5", "\"\"", "[]", "{}",
                      "\"uid\":", "\"version\":", "\"dashboard\":", "\"meta\":", "\"versions\":", "网", "<html>"]
        var mutator = ByteMutator(tokens: tokens.map { Array($0.utf8) }, maximumLength: 1 << 16, generator: SplitMix64(seed: 20_261_203))
        // Mostly successes, whose bodies the client decodes; then the final refusals, whose messages it quotes.
        let statuses = [200, 200, 200, 200, 200, 200, 200, 201, 400, 404, 409, 412]
        var values = 0, refusals = 0
        let count = 8_000
        for index in 0..<count {
            let operation = index % Self.operations.count
            let body = mutator.mutate(seeds[operation], corpus: seeds)
            let status = statuses[Int.random(in: 0..<statuses.count, using: &mutator.generator)]
            reply.withLock { $0 = HTTPServerResponse(status: status, headers: [("Content-Type", "application/json")], body: body) }
            do {
                try await Self.operations[operation].call(client)
                values += 1
            } catch let error as APIError {
                refusals += 1
                if error.description.isEmpty || error.description.contains("\u{0}") {
                    Issue.record("operation \(operation), status \(status): an unquotable error \(error.description.debugDescription)")
                }
            } catch {
                Issue.record("operation \(operation), status \(status): \(type(of: error)) \(error) for \(String(decoding: body, as: UTF8.self))")
                break
            }
        }
        #expect(values > count / 10 && refusals > count / 10, "\(values) values, \(refusals) refusals")
    }
}
