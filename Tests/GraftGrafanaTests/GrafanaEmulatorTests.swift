import Foundation
import GraftJSON
import GraftTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The emulator against the notes (grafana-api-and-higress-console.md), with plain requests:
/// these pin its behaviour independently of Graft's client.
@Suite("Grafana emulator follows the notes")
struct GrafanaEmulatorTests {
    let emulator: GrafanaEmulator

    init() throws { emulator = try Fixtures.emulator() }

    /// Sends a request with basic auth `admin:admin` unless `authorization` says otherwise.
    func send(_ method: String, _ path: String, _ body: JSON? = nil, authorization: String? = "Basic YWRtaW46YWRtaW4=",
              to base: URL? = nil) async throws -> (Int, JSON?) {
        var request = URLRequest(url: URL(string: (base ?? emulator.baseURL).absoluteString + path)!)
        request.httpMethod = method
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        if let body { request.httpBody = Data(body.formatted(.compact).utf8) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as! HTTPURLResponse).statusCode, try? JSONParser.parse(data))
    }

    @Test("§1 id/uid/version rules of POST /api/dashboards/db")
    func saveRules() async throws {
        var (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "A", "uid": "a"]])
        #expect(status == 200 && body?["version"] == 1 && body?["status"] == "success" && body?["url"] == "/d/a/a" && body?["folderUid"] == "")
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "A", "uid": "a"]])
        #expect(status == 412 && body == ["status": "version-mismatch", "message": "The dashboard has been changed by someone else"])
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "A", "uid": "a", "version": 1]])
        #expect(status == 200 && body?["version"] == 2)
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "A", "uid": "a", "version": 1], "overwrite": true])
        #expect(status == 200 && body?["version"] == 3)
        // Neither id nor uid: version is forced to 0 and a new dashboard with a generated uid is made.
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "A", "version": 9]])
        #expect(status == 200 && body?["version"] == 1 && body?["uid"] != "a")
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "B", "id": 999]])
        #expect(status == 404 && body == ["status": "not-found", "message": "Dashboard not found"])
        let idOfA = emulator.dashboard(uid: "a")!.id
        _ = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "C", "uid": "c"]])
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "C", "uid": "c", "id": .int(idOfA)]])
        #expect(status == 400 && body?["message"] == "A dashboard with the same uid already exists")
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "  "]])
        #expect(status == 400 && body == ["status": "empty-name", "message": "Dashboard title cannot be empty"])
        (status, body) = try await send("POST", "/api/dashboards/db", ["nothing": true])
        #expect(status == 400 && body == ["message": "bad request data", "traceID": ""])
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "F"], "folderUid": "nope"])
        #expect(status == 400 && body?["message"] == "folder not found")
        (status, _) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "F"], "isFolder": true])
        #expect(status == 400)
    }

    @Test("§1 uid rules", arguments: [("a b", "uid contains illegal characters"), ("é", "uid contains illegal characters"),
                                        (String(repeating: "x", count: 41), "uid too long, max 40 characters")])
    func uidRules(_ uid: String, _ message: String) async throws {
        let (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "U", "uid": .string(uid)]])
        #expect(status == 400 && body == ["message": .string(message)])
        let (folderStatus, folderBody) = try await send("POST", "/api/folders", ["title": "U", "uid": .string(uid)])
        #expect(folderStatus == 400 && folderBody?["message"] == .string(message))
    }

    @Test("§1 the k8s-routed save answers 409 instead of 412")
    func kubernetesRouting() async throws {
        emulator.update { $0.saveRouting = .kubernetes }
        _ = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "K", "uid": "k"]])
        let (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "K", "uid": "k"]])
        #expect(status == 409 && body == ["message": "Dashboard already exists. Use overwrite flag to update."])
        let (matching, _) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "K", "uid": "k", "version": 1]])
        #expect(matching == 200)
    }

    @Test("§2 read, versions (message, createdBy), search, delete")
    func readAndVersions() async throws {
        _ = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "R", "uid": "r", "tags": ["x"]], "message": "hello"])
        var (status, body) = try await send("GET", "/api/dashboards/uid/r")
        #expect(status == 200 && body?["dashboard"]?["version"] == 1 && body?["meta"]?["createdBy"] == "admin")
        #expect(body?["meta"]?["folderTitle"] == "General" && body?["meta"]?["url"] == "/d/r/r")
        (status, body) = try await send("GET", "/api/dashboards/uid/r/versions")
        // The list rewrites the first version's message (GetDashboardVersions); the single read keeps it.
        #expect(body?.arrayValue?.first?["message"] == "Initial save" && body?.arrayValue?.first?["createdBy"] == "admin")
        (status, body) = try await send("GET", "/api/dashboards/uid/r/versions/1")
        #expect(status == 200 && body?["message"] == "hello")
        (status, body) = try await send("GET", "/api/dashboards/uid/nope")
        #expect(status == 404 && body == ["message": "Dashboard not found", "traceID": ""])
        (status, body) = try await send("GET", "/api/search?tag=x&type=dash-db")
        #expect(body?.arrayValue?.map { $0["uid"] } == ["r"])
        (status, body) = try await send("GET", "/api/search?limit=5001")
        #expect(status == 422)
        (status, body) = try await send("GET", "/api/search?folderIds=1&folderUIDs=a")
        #expect(status == 400 && body?["message"] == "search supports UIDs or IDs, not both")
        (status, body) = try await send("DELETE", "/api/dashboards/uid/r")
        #expect(status == 200 && body == ["title": "R", "message": "Dashboard R deleted", "uid": "r"])
    }

    @Test("§3 folders: nested parents, 404, 409")
    func folders() async throws {
        _ = try await send("POST", "/api/folders", ["uid": "p", "title": "P"])
        var (status, body) = try await send("POST", "/api/folders", ["uid": "c", "title": "C", "parentUid": "p"])
        #expect(status == 200 && body?["parentUid"] == "p" && body?["parents"]?.arrayValue?.map { $0["uid"] } == ["p"])
        (status, body) = try await send("POST", "/api/folders", ["uid": "p", "title": "Again"])
        #expect(status == 409)
        (status, body) = try await send("GET", "/api/folders/none")
        #expect(status == 404 && body == ["status": "not-found", "message": "folder not found"])
        (status, body) = try await send("GET", "/api/folders?parentUid=p")
        #expect(body?.arrayValue?.map { $0["uid"] } == ["c"])
        (status, body) = try await send("POST", "/api/folders", ["title": ""])
        #expect(status == 400 && body?["message"] == "folder title cannot be empty")
    }

    @Test("§4 datasources: 409 for a duplicate name, 404 for a missing one")
    func datasources() async throws {
        var (status, body) = try await send("POST", "/api/datasources", ["name": "Prometheus", "type": "prometheus", "url": "http://p", "access": "proxy"])
        #expect(status == 409 && body == ["message": "data source with the same name already exists", "traceID": ""])
        (status, body) = try await send("POST", "/api/datasources", ["name": "L", "type": "loki", "url": "http://l", "access": "proxy"])
        #expect(status == 200 && body?["message"] == "Datasource added" && body?["datasource"]?["name"] == "L")
        (status, body) = try await send("GET", "/api/datasources/uid/none")
        #expect(status == 404 && body == ["message": "Data source not found"])
    }

    @Test("§5 auth: 401 bodies for a bad token, a bad password, none; 403 for a viewer; health needs none")
    func auth() async throws {
        var (status, body) = try await send("GET", "/api/search", authorization: "Bearer glsa_nope")
        #expect(status == 401 && body?["messageId"] == "api-key.invalid" && body?["message"] == "Invalid API key" && body?["statusCode"] == 401)
        (status, body) = try await send("GET", "/api/search", authorization: "Basic " + Data("admin:nope".utf8).base64EncodedString())
        #expect(status == 401 && body?["messageId"] == "password-auth.failed" && body?["message"] == "Invalid username or password")
        (status, body) = try await send("GET", "/api/search", authorization: nil)
        #expect(status == 401)
        emulator.addServiceAccountToken("glsa_viewer", role: .viewer)
        (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "V"]], authorization: "Bearer glsa_viewer")
        #expect(status == 403 && body?["title"] == "Access denied")
        (status, body) = try await send("GET", "/api/health", authorization: nil)
        #expect(status == 200 && body?["database"] == "ok")
    }

    @Test("injected faults leave the state untouched, and every request is counted")
    func faultsBeforeState() async throws {
        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 9, faults: [.status(503)]) }
        let (status, _) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "F", "uid": "f"]])
        #expect(status == 503)
        #expect(emulator.dashboards.isEmpty)
        #expect(emulator.writeRequestCount == 1 && emulator.requests.first?.faulted == true)
    }

    @Test("a fault after handling lands the write and loses its answer; a 500 has Grafana's body, a proxy's page is HTML")
    func faultsAfterHandling() async throws {
        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 9, faults: [.afterHandling(.status(500))]) }
        var (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "L", "uid": "lost"]])
        #expect(status == 500 && body == ["message": "Internal Server Error", "traceID": ""])
        #expect(emulator.dashboard(uid: "lost")?.version == 1)
        #expect(emulator.requests.last?.fault == .afterHandling(.status(500)))

        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 9, faults: [.proxyErrorPage(502)]) }
        (status, body) = try await send("GET", "/api/dashboards/uid/lost")
        #expect(status == 502 && body == nil)

        emulator.update { $0.faults = FaultInjection(rate: 1, seed: 9, faults: [.truncatedAnswer]) }
        await #expect(throws: (any Error).self) { try await send("GET", "/api/dashboards/uid/lost") }
        emulator.update { $0.faults = nil }
    }

    @Test("the console emulator: unknown type and empty URL are 400, missing login 401")
    func console() async throws {
        let console = try HigressConsoleEmulator()
        let auth = "Basic " + Data("admin:admin".utf8).base64EncodedString()
        var (status, body) = try await send("GET", "/dashboard/info?type=nope", authorization: auth, to: console.baseURL)
        #expect(status == 400 && body == ["success": false, "message": "ValidationException: Unknown dashboard type: nope"])
        (status, body) = try await send("PUT", "/dashboard/info?type=ai", ["url": ""], authorization: auth, to: console.baseURL)
        #expect(status == 400 && body?["message"] == "ValidationException: Missing required parameter: url")
        (status, body) = try await send("PUT", "/dashboard/info", ["url": "https://g/d/x"], authorization: auth, to: console.baseURL)
        #expect(status == 200 && body?["data"]?["url"] == "https://g/d/x" && console.storedURL(type: "MAIN") == "https://g/d/x")
        (status, _) = try await send("GET", "/dashboard/info", authorization: nil, to: console.baseURL)
        #expect(status == 401)
    }
}
