import Foundation
import GraftGrafana
import GraftHTTP
import GraftJSON
import GraftTestSupport
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
        let tokens = ["{", "}", "[", "]", ",", ":", "\"", "\\u0000", "null", "true", "-1", "1e999", "0.5", "\"\"", "[]", "{}",
                      "\"uid\":", "\"version\":", "\"dashboard\":", "\"meta\":", "\"versions\":", "网", "<html>"]
        // Mostly successes, whose bodies the client decodes; then the final refusals, whose messages it quotes.
        let statuses = [200, 200, 200, 200, 200, 200, 200, 201, 400, 404, 409, 412]
        var client: GrafanaClient?
        let count = 8_000
        let report = try await ReplyFuzzing.run(seeds: try await realReplies(), count: count, seed: 20_261_203, statuses: statuses, tokens: tokens,
                                                refusal: APIError.self) { operation, url in
            let made = try client ?? GrafanaClient(GrafanaConnection(baseURL: url, credentials: .token(Fixtures.editorToken), retry: RetryPolicy(maximumAttempts: 1)))
            client = made
            try await Self.operations[operation].call(made)
        }
        #expect(report.violation == nil, "\(report.violation ?? "")")
        #expect(report.values > count / 10 && report.refusals > count / 10, "\(report.values) values, \(report.refusals) refusals")
    }
}
