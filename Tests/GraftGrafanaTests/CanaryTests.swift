import Foundation
import GraftGrafana
import GraftHTTP
import GraftHigressConsole
import GraftJSON
import GraftModel
import GraftTestSupport
import Testing

/// Runs every path with a unique token and password and looks for them in everything Graft
/// produces: progress lines, summaries, error descriptions, dumps of its values, what it wrote.
@Suite("Secrets never leak")
struct CanaryTests {
    let token = "glsa_canary_\(UUID().uuidString)"
    let password = "pw-canary-\(UUID().uuidString)"

    @Test("the token and password appear in no output, error, dump or stored write")
    func canary() async throws {
        let emulator = try Fixtures.emulator()
        emulator.addServiceAccountToken(token, role: .editor)
        emulator.addUser(login: "canary", password: password, role: .editor)
        emulator.addServiceAccountToken(token + "-viewer", role: .viewer)
        var produced: [String] = []
        func record(_ result: PushResult) {
            produced += result.outcomes.map(\.line) + result.outcomes.compactMap(\.diff) + [result.summary]
            produced += result.outcomes.compactMap(\.failure).flatMap { [String(describing: $0), String(reflecting: $0)] }
        }
        func push(_ credentials: Credentials, url: URL? = nil, items: [PushItem], options: PushOptions = PushOptions()) async throws {
            let connection = try GrafanaConnection(baseURL: url ?? emulator.baseURL, credentials: credentials,
                                                   retry: RetryPolicy(maximumAttempts: 2, initialDelay: .milliseconds(1)))
            produced += [String(describing: connection), String(reflecting: connection), String(describing: credentials)]
            var dumped = ""
            dump(connection, to: &dumped)
            produced.append(dumped)
            let lines = LineCollector()
            do {
                record(try await DashboardPusher(client: GrafanaClient(connection)).push(items, options: options) { lines.append($0.line) })
            } catch {
                produced += [String(describing: error), String(reflecting: error)]
            }
            produced += lines.lines
        }
        let items = [PushItem(Fixtures.dashboard(uid: "c1", title: "Canary"), folder: FolderPath(uid: "cf", title: "Canary folder")),
                     PushItem(Fixtures.dashboard(uid: "c2", title: "Canary 2"))]
        let withURL = PushOptions(datasources: DatasourceChoices(prometheusURL: "http://prom:9090"))

        try await push(.token(token), items: items)                                              // success
        try await push(.basic(user: "canary", password: password), items: items)                 // unchanged
        emulator.editDashboard(uid: "c2", as: "someone") { $0["description"] = "edited" }
        try await push(.token(token), items: items)                                              // refused edit
        try await push(.token(token), items: items, options: PushOptions(dryRun: true, force: true))
        try await push(.token(token + "x"), items: items)                                        // 401 bad token
        try await push(.basic(user: "canary", password: password + "x"), items: items)           // 401 bad password
        try await push(.token(token + "-viewer"), items: [PushItem(Fixtures.dashboard(uid: "c3", title: "C3"))])  // 403
        try await push(.token(token), items: items, options: withURL)                            // 403: an editor may not create the datasource
        try await push(.token(token), url: URL(string: "http://127.0.0.1:\(try Fixtures.closedPort())")!, items: items)  // unreachable
        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 3) }
        try await push(.token(token), items: items)                                              // gateway errors
        emulator.update { $0.faults = nil }

        var embedded = URLComponents(url: emulator.baseURL, resolvingAgainstBaseURL: false)!
        embedded.user = "canary"
        embedded.password = password
        try await push(.none, url: embedded.url!, items: items)                                  // credentials in the URL
        do { _ = try GrafanaConnection.resolve(.init(url: "ftp://canary:\(password)@host"), environment: [:]) } catch { produced.append("\(error)") }
        do { _ = try GrafanaConnection.resolve(.init(url: "http://h", password: password), environment: [:]) } catch { produced.append("\(error)") }
        // Without a scheme, and with a port out of range: the user-info is found and masked all the same.
        for url in ["canary:\(password)@host:3000", "http://canary:\(password)@host:99999", "\(password)@host"] {
            do { _ = try GrafanaConnection.resolve(.init(), environment: ["GRAFANA_URL": url]) } catch { produced.append("\(error)") }
        }
        // A Prometheus URL with credentials whose datasource name is taken by another URL with credentials
        // (on a Grafana of its own, whose stored datasource holds the password as an admin gave it).
        let taken = try Fixtures.emulator()
        defer { taken.stop() }
        taken.addDatasource(name: "Canary Prometheus", type: "prometheus", url: "http://canary:\(password)@old-prom:9090")
        try await push(.basic(user: "admin", password: "admin"), url: taken.baseURL, items: items,
                       options: PushOptions(datasources: DatasourceChoices(prometheusURL: "http://canary:\(password)@prom:9090", prometheusName: "Canary Prometheus")))

        let console = try HigressConsoleEmulator(user: "canary", password: password)
        for secret in [password, password + "x"] {
            let client = HigressConsoleClient(try HigressConsoleConnection(baseURL: console.baseURL, user: "canary", password: secret))
            do { produced.append("\(try await client.setDashboardURL("https://g/d/c1", for: .main))") } catch { produced.append("\(error)") }
        }
        console.setBuiltIn(true)
        let client = HigressConsoleClient(try HigressConsoleConnection(baseURL: console.baseURL, user: "canary", password: password))
        do { _ = try await client.setDashboardURL("https://g/d/c1", for: .log) } catch { produced.append("\(error)") }

        let stored = emulator.dashboards.values.flatMap { dashboard in
            [JSON.object(dashboard.data).formatted()] + dashboard.versions.map { $0.message + JSON.object($0.data).formatted() }
        } + emulator.folders.values.map(\.title) + emulator.datasources.map { "\($0)" }

        #expect(produced.count > 40)
        #expect(produced.contains { $0.contains("401 Unauthorized") } && produced.contains { $0.contains("403 Forbidden") })
        #expect(produced.contains { $0.contains("could not be reached") } && produced.contains { $0.contains("IllegalStateException") })
        #expect(produced.contains { $0.contains("'canary:***@host:3000' is not an http or https URL") })
        #expect(produced.contains { $0.contains("for http://canary:***@prom:9090, but a datasource named \"Canary Prometheus\" already exists with URL http://canary:***@old-prom:9090") })
        for text in produced + stored {
            #expect(!text.contains(token), "token in: \(text)")
            #expect(!text.contains(password), "password in: \(text)")
            #expect(!text.contains(Data("canary:\(password)".utf8).base64EncodedString()), "basic auth header in: \(text)")
        }
    }
}
