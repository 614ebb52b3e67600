import Foundation
import GraftGrafana
import GraftHTTP
import GraftJSON
import GraftModel
import GraftTestSupport
import Testing

/// One way a push fails, and what its one-sentence message must say.
struct FailureCase: Sendable, CustomTestStringConvertible {
    let name: String
    let item: PushItem
    /// Prepares the emulator; returns the credentials to push with.
    let arrange: @Sendable (GrafanaEmulator) async throws -> Credentials
    /// Pushes to a port nothing listens on instead of the emulator.
    var unreachable = false
    var routing = GrafanaEmulator.SaveRouting.classic
    /// Parts the message must contain, in order.
    let expected: [String]

    var testDescription: String { name }

    static let team = FolderPath(uid: "team", title: "Team")

    static let all: [FailureCase] = [
        FailureCase(name: "401 for a wrong token", item: PushItem(Fixtures.dashboard(uid: "t401", title: "Token")),
                    arrange: { _ in .token("glsa_not_a_known_token") },
                    expected: ["Grafana answered 401 Unauthorized when discovering its APIs, saying \"Invalid API key\"."]),
        FailureCase(name: "401 for a wrong password", item: PushItem(Fixtures.dashboard(uid: "p401", title: "Password")),
                    arrange: { _ in .basic(user: "admin", password: "not-admin") },
                    expected: ["Grafana answered 401 Unauthorized when discovering its APIs, saying \"Invalid username or password\"."]),
        FailureCase(name: "403 for a viewer token", item: PushItem(Fixtures.dashboard(uid: "v403", title: "Viewer")),
                    arrange: { emulator in
                        emulator.addServiceAccountToken("glsa_viewer", role: .viewer)
                        return .token("glsa_viewer")
                    },
                    expected: ["Grafana answered 403 Forbidden when saving dashboard v403, saying \"You'll need additional permissions",
                               "Permissions needed: dashboards:write\"."]),
        FailureCase(name: "a folder deleted before the save", item: PushItem(Fixtures.dashboard(uid: "gone", title: "Orphan"), folder: team),
                    arrange: { emulator in
                        emulator.beforeHandling { request in
                            if request.method == "POST", request.path == "/api/dashboards/db" { emulator.deleteFolder(uid: "team") }
                        }
                        return .token(Fixtures.editorToken)
                    },
                    expected: ["Grafana answered 400 Bad Request when saving dashboard gone into folder team, saying \"folder not found\"."]),
        FailureCase(name: "a uid with illegal characters", item: PushItem(Fixtures.dashboard(uid: "bad uid!", title: "Bad uid")),
                    arrange: { _ in .token(Fixtures.editorToken) },
                    expected: ["Grafana answered 400 Bad Request when saving dashboard bad uid!, saying \"uid contains illegal characters\"."]),
        FailureCase(name: "a uid over 40 characters", item: PushItem(Fixtures.dashboard(uid: String(repeating: "u", count: 41), title: "Long uid")),
                    arrange: { _ in .token(Fixtures.editorToken) },
                    expected: ["saying \"uid too long, max 40 characters\"."]),
        FailureCase(name: "412 for an edit between read and save", item: PushItem(Fixtures.dashboard(uid: "race", title: "Race", expr: "up")),
                    arrange: FailureCase.editDuringSave,
                    expected: ["someone saved it in Grafana while Graft was pushing (Grafana answered 412 Precondition Failed when saving dashboard race, saying \"The dashboard has been changed by someone else\"); push again to review that edit."]),
        FailureCase(name: "409 for an edit between read and save (k8s-routed save)", item: PushItem(Fixtures.dashboard(uid: "race", title: "Race", expr: "up")),
                    arrange: FailureCase.editDuringSave, routing: .kubernetes,
                    expected: ["(Grafana answered 409 Conflict when saving dashboard race, saying \"Dashboard already exists. Use overwrite flag to update.\")"]),
        FailureCase(name: "an unreachable host", item: PushItem(Fixtures.dashboard(uid: "far", title: "Far away")),
                    arrange: { _ in .token(Fixtures.editorToken) }, unreachable: true,
                    // The first request of a push is the discovery of the APIs the server serves.
                    expected: ["could not be reached when checking its health (the connection was refused or failed, after 3 attempts)."]),
    ]

    /// Pushes the dashboard once, then makes bob save it just before Graft's next save.
    @Sendable static func editDuringSave(_ emulator: GrafanaEmulator) async throws -> Credentials {
        _ = try await DashboardPusher(client: try Fixtures.client(emulator)).push([PushItem(Fixtures.dashboard(uid: "race", title: "Race"))],
                                                                                  options: PushOptions(datasources: DatasourceChoices(uids: ["DS_PROMETHEUS": "prom-main"])))
        emulator.beforeHandling { request in
            if request.method == "POST", request.path == "/api/dashboards/db" {
                emulator.editDashboard(uid: "race", as: "bob") { $0["description"] = "bob was here" }
            }
        }
        return .token(Fixtures.editorToken)
    }
}

@Suite("Push failures, one sentence each")
struct PushFailureTests {
    @Test("each failure names the dashboard, the status and Grafana's own message", arguments: FailureCase.all)
    func failure(_ scenario: FailureCase) async throws {
        var options = GrafanaEmulator.Options()
        options.saveRouting = scenario.routing
        let emulator = try Fixtures.emulator(options)
        let credentials = try await scenario.arrange(emulator)
        let url = scenario.unreachable ? URL(string: "http://127.0.0.1:\(try Fixtures.closedPort())")! : emulator.baseURL
        let retry = RetryPolicy(maximumAttempts: 3, initialDelay: .milliseconds(1), maximumDelay: .milliseconds(5))
        let client = GrafanaClient(try GrafanaConnection(baseURL: url, credentials: credentials, retry: retry))
        // Explicit binding: no datasource request comes before the dashboard's own.
        let options2 = PushOptions(datasources: DatasourceChoices(uids: ["DS_PROMETHEUS": "prom-main"]))
        let result = try await DashboardPusher(client: client).push([scenario.item], options: options2)

        #expect(!result.succeeded)
        #expect(result.exitStatus == 1)
        let message = try #require(result.outcomes.first?.failure).description
        print("[\(scenario.name)] \(message)")
        let title = scenario.item.dashboard.title!, uid = scenario.item.dashboard.uid!
        #expect(message.hasPrefix("Dashboard \"\(title)\" (uid \(uid)) was not pushed: "))
        #expect(!message.contains("\n"))
        #expect(message.hasSuffix("."))
        var rest = message[...]
        for part in scenario.expected {
            let found = try #require(rest.range(of: part), "missing: \(part)")
            rest = rest[found.upperBound...]
        }
    }

    @Test("a 4xx is never retried; a 503 is, up to the attempt limit")
    func retriesOnlyWhatMayPass() async throws {
        let emulator = try Fixtures.emulator()
        let retry = RetryPolicy(maximumAttempts: 3, initialDelay: .milliseconds(1), maximumDelay: .milliseconds(5))
        let wrong = try Fixtures.client(emulator, credentials: .token("glsa_wrong"), retry: retry)
        await #expect(throws: APIError.self) { try await wrong.dashboard(uid: "x") }
        #expect(emulator.requests.count == 1)

        emulator.resetRequestLog()
        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 1, faults: [.status(503)]) }
        let client = try Fixtures.client(emulator, retry: retry)
        let error = try await #require(throws: APIError.self) { try await client.dashboard(uid: "x") }
        #expect(emulator.requests.count == 3)
        #expect(error.description == "Grafana answered 503 Service Unavailable when reading dashboard x, saying \"Service Unavailable\", after 3 attempts.")
    }

    @Test("Retry-After is honoured, and the total time bound stops retries that would outlast it")
    func retryAfter() async throws {
        let emulator = try Fixtures.emulator()
        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 1, faults: [.tooManyRequests(retryAfterSeconds: 5)]) }
        let bounded = try Fixtures.client(emulator, retry: RetryPolicy(maximumAttempts: 5, initialDelay: .milliseconds(1), totalTimeLimit: .seconds(2)))
        let clock = ContinuousClock()
        let error = try await #require(throws: APIError.self) { try await bounded.health() }
        #expect(error.statusCode == 429)
        #expect(emulator.requests.count == 1, "the 5 s wait would pass the 2 s bound, so no second attempt")

        emulator.resetRequestLog()
        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 1, faults: [.tooManyRequests(retryAfterSeconds: 1)]) }
        let patient = try Fixtures.client(emulator, retry: RetryPolicy(maximumAttempts: 2, initialDelay: .milliseconds(1), totalTimeLimit: .seconds(30)))
        let second = clock.now
        _ = try? await patient.health()
        #expect(emulator.requests.count == 2)
        #expect(clock.now - second >= .seconds(1), "waited as Retry-After said, not the 1 ms backoff")
    }
}
