import Foundation
import GraftGrafana
import GraftHTTP
import GraftJSON
import GraftTestSupport
import Synchronization
import Testing

@Suite("Grafana client against the emulator")
struct GrafanaClientTests {
    let emulator: GrafanaEmulator
    let client: GrafanaClient

    init() throws {
        emulator = try Fixtures.emulator()
        client = try Fixtures.client(emulator)
    }

    @Test("health: ok, and failing with 503 when the database is down")
    func health() async throws {
        let health = try await client.health()
        #expect(health.database == "ok" && health.version == "11.2.0")
        emulator.update { $0.databaseHealthy = false }
        #expect(try await client.health().database == "failing")
    }

    @Test("nested folders: created parents first, read back with their parent")
    func folders() async throws {
        let parent = try await client.createFolder(uid: "parent", title: "Parent")
        let child = try await client.createFolder(uid: "child", title: "Child", parentUID: parent.uid)
        #expect(child.parentUID == "parent")
        #expect(try await client.folder(uid: "child")?.parentUID == "parent")
        #expect(try await client.folder(uid: "missing") == nil)
        let duplicate = try await #require(throws: APIError.self) { try await client.createFolder(uid: "parent", title: "Again") }
        #expect(duplicate.description == "Grafana answered 409 Conflict when creating folder \"Again\" (uid parent), saying \"a folder with the same UID already exists\".")
        let orphan = try await #require(throws: APIError.self) { try await client.createFolder(uid: "o", title: "O", parentUID: "nowhere") }
        #expect(orphan.statusCode == 404)
    }

    @Test("datasources: listed, created, and a duplicate name refused with 409")
    func datasources() async throws {
        let admin = try Fixtures.client(emulator, credentials: .basic(user: "admin", password: "admin"))
        let created = try await admin.createDatasource(name: "Loki", type: "loki", url: "http://loki:3100")
        #expect(try await client.datasources().map(\.name) == ["Loki", "Prometheus"])
        #expect(try await client.datasource(named: "Loki") == created)
        let clash = try await #require(throws: APIError.self) { try await admin.createDatasource(name: "Loki", type: "loki", url: "http://x:1") }
        #expect(clash.description == "Grafana answered 409 Conflict when creating datasource \"Loki\" (loki, http://x:1), saying \"data source with the same name already exists\".")
        let editor = try await #require(throws: APIError.self) { try await client.createDatasource(name: "X", type: "loki", url: "http://x:1") }
        #expect(editor.statusCode == 403)
    }

    @Test("dashboards: save, read, versions with messages and authors, search, delete")
    func dashboards() async throws {
        let model: JSON = ["uid": "d1", "title": "Dash One", "tags": ["a", "b"]]
        let saved = try await client.saveDashboard(DashboardSave(dashboard: model, message: "first"))
        #expect(saved.version == 1 && saved.url == "/d/d1/dash-one")
        var next = try #require(try await client.dashboard(uid: "d1"))
        #expect(next.version == 1 && next.updatedBy == "sa-graft" && next.folderUID == "")
        var object = next.model.objectValue!
        object["title"] = "Dash One!"
        _ = try await client.saveDashboard(DashboardSave(dashboard: .object(object), message: "second"))
        next = try #require(try await client.dashboard(uid: "d1"))
        #expect(next.version == 2)

        let versions = try await client.versions(uid: "d1")
        #expect(versions.map(\.version) == [2, 1])
        #expect(versions.map(\.message) == ["second", "Initial save"])
        #expect(try await client.version(uid: "d1", number: 1)?.message == "first")
        #expect(versions.first?.createdBy == "sa-graft")
        emulator.update { $0.versionsFormat = .paged }
        #expect(try await client.versions(uid: "d1", limit: 1).map(\.version) == [2])

        _ = try await client.createFolder(uid: "f", title: "Folder")
        let hits = try await client.search(SearchQuery(query: "dash"))
        #expect(hits.map(\.uid) == ["d1"])
        #expect(try await client.search(SearchQuery()).map(\.type) == ["dash-folder", "dash-db"])
        #expect(try await client.search(SearchQuery(tags: ["a", "c"])).isEmpty)

        #expect(try await client.deleteDashboard(uid: "d1"))
        #expect(try await client.deleteDashboard(uid: "d1") == false)
        #expect(try await client.dashboard(uid: "d1") == nil)
    }

    @Test("a stale version is a 412 version conflict; overwrite wins")
    func versionConflict() async throws {
        _ = try await client.saveDashboard(DashboardSave(dashboard: ["uid": "v", "title": "V"]))
        let stale = try await #require(throws: APIError.self) { try await client.saveDashboard(DashboardSave(dashboard: ["uid": "v", "title": "V2"])) }
        #expect(stale.isVersionConflict && stale.statusCode == 412)
        #expect(try await client.saveDashboard(DashboardSave(dashboard: ["uid": "v", "title": "V2"], overwrite: true)).version == 2)
    }

    @Test("the organisation header is sent; credentials in the URL become basic auth and leave the URL")
    func connectionSettings() async throws {
        let seen = Mutex<[String?]>([])
        emulator.beforeHandling { request in seen.withLock { $0.append(request.header("X-Grafana-Org-Id")) } }
        let withOrg = GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token(Fixtures.editorToken), organizationID: 3))
        _ = try await withOrg.dashboard(uid: "none")
        #expect(seen.withLock { $0 } == ["3"])

        var components = URLComponents(url: emulator.baseURL, resolvingAgainstBaseURL: false)!
        components.user = "admin"
        components.password = "admin"
        let connection = try GrafanaConnection(baseURL: components.url!)
        #expect(connection.baseURL == emulator.baseURL)
        #expect(connection.credentials == .basic(user: "admin", password: "admin"))
        #expect(try await GrafanaClient(connection).dashboard(uid: "none") == nil)
    }

    @Test("settings come from flags first, then GRAFANA_* variables; bad ones get one sentence")
    func settings() throws {
        let environment = ["GRAFANA_URL": "https://grafana.example.com/grafana/", "GRAFANA_TOKEN": "glsa_env", "GRAFANA_ORG_ID": "2"]
        let fromEnvironment = try GrafanaConnection.resolve(.init(), environment: environment)
        #expect(fromEnvironment.baseURL.absoluteString == "https://grafana.example.com/grafana")
        #expect(fromEnvironment.credentials == .token("glsa_env"))
        #expect(fromEnvironment.organizationID == 2)
        let fromFlags = try GrafanaConnection.resolve(.init(url: "http://g:3000", user: "u", password: "p"), environment: environment)
        #expect(fromFlags.baseURL.absoluteString == "http://g:3000")
        #expect(fromFlags.credentials == .basic(user: "u", password: "p"))

        #expect(throws: ConfigurationError("No Grafana URL was given: pass --grafana-url or set GRAFANA_URL.")) {
            try GrafanaConnection.resolve(.init(), environment: [:])
        }
        #expect(throws: ConfigurationError("A Grafana user was given without a password: pass --password or set GRAFANA_PASSWORD.")) {
            try GrafanaConnection.resolve(.init(url: "http://g", user: "u"), environment: [:])
        }
        #expect(throws: ConfigurationError("The Grafana organisation id \"two\" is not a positive whole number (--org-id or GRAFANA_ORG_ID).")) {
            try GrafanaConnection.resolve(.init(url: "http://g", organizationID: "two"), environment: [:])
        }
        #expect(throws: ConfigurationError("The Grafana URL 'ftp://u:***@g' is not an http or https URL with a host.")) {
            try GrafanaConnection.resolve(.init(url: "ftp://u:secret@g"), environment: [:])
        }
    }

    @Test("dashboard paths become absolute URLs without doubling a sub-path")
    func absoluteURLs() throws {
        let sub = GrafanaClient(try GrafanaConnection(baseURL: URL(string: "https://example.com/grafana")!))
        #expect(sub.absoluteURL("/grafana/d/u/s")?.absoluteString == "https://example.com/grafana/d/u/s")
        #expect(sub.absoluteURL("/d/u/s")?.absoluteString == "https://example.com/grafana/d/u/s")
        let root = GrafanaClient(try GrafanaConnection(baseURL: URL(string: "http://g:3000")!))
        #expect(root.absoluteURL("/d/u/s")?.absoluteString == "http://g:3000/d/u/s")
    }

    @Test("a redirect is reported, never followed with the credentials")
    func redirectRefused() async throws {
        let elsewhere = LineCollector()
        let target = try HTTPTestServer { request in
            elsewhere.append(request.header("Authorization") ?? "none")
            return .respond(.json(200, [:]))
        }
        defer { target.stop() }
        let redirecting = try HTTPTestServer { request in
            .respond(HTTPServerResponse(status: 302, headers: [("Location", target.baseURL.absoluteString + request.target)]))
        }
        defer { redirecting.stop() }
        let client = GrafanaClient(try GrafanaConnection(baseURL: redirecting.baseURL, credentials: .token("glsa_secret")))
        let error = try await #require(throws: APIError.self) { try await client.dashboard(uid: "x") }
        #expect(error.statusCode == 302)
        #expect(elsewhere.lines.isEmpty)
    }

    @Test("a POST resent after its keep-alive connection was dropped carries its whole body")
    func resentBodyIsWhole() async throws {
        let bodies = LineCollector()
        let count = Mutex(0)
        let server = try HTTPTestServer { request in
            bodies.append(String(decoding: request.body, as: UTF8.self))
            let n = count.withLock { value in
                value += 1
                return value
            }
            return n == 2 ? .dropConnection() : .respond(.json(200, ["uid": "x", "version": 1, "url": "/d/x/x"]))
        }
        defer { server.stop() }
        let client = GrafanaClient(try GrafanaConnection(baseURL: server.baseURL, retry: Fixtures.fastRetry))
        for uid in ["first", "second"] {
            _ = try await client.saveDashboard(DashboardSave(dashboard: ["uid": .string(uid), "title": "T"]))
        }
        #expect(bodies.lines.count == 3)
        #expect(bodies.lines.allSatisfy { (try? JSONParser.parse($0))?["dashboard"]?["title"] == "T" })
        #expect(bodies.lines[1] == bodies.lines[2])
    }
}
