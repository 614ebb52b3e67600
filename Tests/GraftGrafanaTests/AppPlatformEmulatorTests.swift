import Foundation
import GraftJSON
import GraftTestSupport
import Testing

/// The emulator's Grafana 12/13 app-platform API against the notes ("Grafana 12/13 app-platform
/// API (emulated)"), with plain requests, one rule a test.
extension GrafanaEmulatorTests {
    /// An emulator acting as `release`, with alice (an editor) besides admin.
    func platform(_ release: GrafanaEmulator.Release) throws -> GrafanaEmulator {
        let emulator = try Fixtures.emulator(.release(release))
        emulator.addUser(login: "alice", password: "alice-pw", role: .editor)
        return emulator
    }

    static let dashboards = "/apis/dashboard.grafana.app/v0alpha1/namespaces/default/dashboards"

    func dashboardObject(_ name: String, title: String = "T", annotations: JSON = [:], resourceVersion: String? = nil) -> JSON {
        var metadata: JSONObject = ["name": .string(name), "annotations": annotations]
        if let resourceVersion { metadata["resourceVersion"] = .string(resourceVersion) }
        return ["apiVersion": "dashboard.grafana.app/v0alpha1", "kind": "Dashboard", "metadata": .object(metadata), "spec": ["title": .string(title)]]
    }

    @Test("discovery: 11.3 serves neither group; 12.x dashboards v1beta1 first and folders v1beta1; 13.x v2 first and folders v1")
    func discovery() async throws {
        for (release, dashboards, folders) in [(GrafanaEmulator.Release.grafana11, [String](), [String]()),
                                               (.grafana12, ["v1beta1", "v0alpha1", "v2beta1", "v2alpha1"], ["v1beta1"]),
                                               (.grafana13, ["v2", "v2beta1", "v2alpha1", "v0alpha1", "v1", "v1beta1"], ["v1", "v1beta1"])] {
            let emulator = try platform(release)
            let (status, body) = try await send("GET", "/apis", to: emulator.baseURL)
            #expect(status == 200 && body?["kind"] == "APIGroupList")
            func versions(_ group: String) -> [String] {
                body?["groups"]?.arrayValue?.first { $0["name"]?.stringValue == group }?["versions"]?.arrayValue?.compactMap { $0["version"]?.stringValue } ?? []
            }
            #expect(versions("dashboard.grafana.app") == dashboards, "\(release)")
            #expect(versions("folder.grafana.app") == folders, "\(release)")
            let (health, healthBody) = try await send("GET", "/api/health", to: emulator.baseURL)
            #expect(health == 200 && healthBody?["version"] == .string(release.rawValue))
        }
    }

    @Test("POST creates (201, createdBy only); the same name again is 409 AlreadyExists; no name is 422")
    func create() async throws {
        let emulator = try platform(.grafana13)
        var (status, body) = try await send("POST", Self.dashboards, dashboardObject("a"), to: emulator.baseURL)
        #expect(status == 201 && body?["metadata"]?["name"] == "a" && body?["metadata"]?["generation"] == 1)
        #expect(body?["metadata"]?["annotations"]?["grafana.app/createdBy"] != nil && body?["metadata"]?["annotations"]?["grafana.app/updatedBy"] == nil)
        #expect(body?["metadata"]?["labels"]?["grafana.app/deprecatedInternalID"] != nil)
        (status, body) = try await send("POST", Self.dashboards, dashboardObject("a"), to: emulator.baseURL)
        #expect(status == 409 && body?["reason"] == "AlreadyExists" && body?["kind"] == "Status"
                && body?["message"] == "dashboards.dashboard.grafana.app \"a\" already exists")
        (status, body) = try await send("POST", Self.dashboards, ["metadata": [:], "spec": ["title": "T"]], to: emulator.baseURL)
        #expect(status == 422 && body?["reason"] == "Invalid")
    }

    @Test("PUT with a stale resourceVersion is 409 Conflict; empty is unconditional; a missing name is created (201); a name unlike the URL's is 400")
    func update() async throws {
        let emulator = try platform(.grafana12)
        let (_, created) = try await send("POST", Self.dashboards, dashboardObject("a"), to: emulator.baseURL)
        let version = try #require(created?["metadata"]?["resourceVersion"]?.stringValue)
        var (status, body) = try await send("PUT", Self.dashboards + "/a", dashboardObject("a", title: "T2", resourceVersion: version), to: emulator.baseURL)
        #expect(status == 200 && body?["metadata"]?["generation"] == 2)
        (status, body) = try await send("PUT", Self.dashboards + "/a", dashboardObject("a", title: "T3", resourceVersion: version), to: emulator.baseURL)
        #expect(status == 409 && body?["reason"] == "Conflict"
                && body?["message"] == "Operation cannot be fulfilled on dashboards.dashboard.grafana.app \"a\": the object has been modified; please apply your changes to the latest version and try again")
        (status, body) = try await send("PUT", Self.dashboards + "/a", dashboardObject("a", title: "T3"), to: emulator.baseURL)
        #expect(status == 200 && body?["spec"]?["title"] == "T3")
        (status, _) = try await send("PUT", Self.dashboards + "/new", dashboardObject("new"), to: emulator.baseURL)
        #expect(status == 201)
        (status, body) = try await send("PUT", Self.dashboards + "/a", dashboardObject("b"), to: emulator.baseURL)
        #expect(status == 400 && body?["message"] == "the name of the object (b) does not match the name on the URL (a)")
    }

    @Test("generation moves only when the spec changes; resourceVersion on every write; the classic version is the generation")
    func generation() async throws {
        let emulator = try platform(.grafana13)
        let (_, created) = try await send("POST", Self.dashboards, dashboardObject("a"), to: emulator.baseURL)
        let (_, relabelled) = try await send("PUT", Self.dashboards + "/a", dashboardObject("a", annotations: ["x.example/note": "n"]), to: emulator.baseURL)
        #expect(relabelled?["metadata"]?["generation"] == 1)
        #expect(relabelled?["metadata"]?["resourceVersion"] != created?["metadata"]?["resourceVersion"])
        let (_, classic) = try await send("GET", "/api/dashboards/uid/a", to: emulator.baseURL)
        #expect(classic?["meta"]?["version"] == 1)
    }

    @Test("dryRun=All validates and stores nothing; another dryRun value is 422")
    func dryRun() async throws {
        let emulator = try platform(.grafana12)
        var (status, _) = try await send("POST", Self.dashboards + "?dryRun=All", dashboardObject("a"), to: emulator.baseURL)
        #expect(status == 201 && emulator.dashboard(uid: "a") == nil && emulator.storedChangeCount == 0)
        (status, _) = try await send("POST", Self.dashboards + "?dryRun=All", dashboardObject("a", title: ""), to: emulator.baseURL)
        #expect(status == 400)
        (status, _) = try await send("POST", Self.dashboards + "?dryRun=Some", dashboardObject("a"), to: emulator.baseURL)
        #expect(status == 422)
    }

    @Test("a v2-stored dashboard: the classic GET is 406 naming the v2 path on 12.x, 200 lossily on 13.x; v0alpha1 reads report storedVersion")
    func v2Stored() async throws {
        for release in [GrafanaEmulator.Release.grafana12, .grafana13] {
            let emulator = try platform(release)
            emulator.saveFromDynamicDashboardsUI(uid: "v", spec: ReleasePushTests.v2Spec, as: "alice")
            let (status, body) = try await send("GET", "/api/dashboards/uid/v", to: emulator.baseURL)
            if release == .grafana12 {
                #expect(status == 406 && body?["message"] == "dashboard api version not supported, use /apis/dashboard.grafana.app/v2beta1/namespaces/default/dashboards/v instead")
            } else {
                #expect(status == 200 && body?["dashboard"]?["panels"]?.arrayValue?.first?["type"] == "timeseries")
            }
            let (_, object) = try await send("GET", Self.dashboards + "/v", to: emulator.baseURL)
            #expect(object?["status"]?["conversion"]?["storedVersion"] == (release == .grafana12 ? "v2beta1" : "v2"))
            #expect(object?["status"]?["conversion"]?["failed"] == .bool(release == .grafana12), "before PR #114812 the v0alpha1 conversion failed")
        }
    }

    @Test("13.x: the classic save of an existing dashboard without overwrite or its generation is 409")
    func classicConflictOn13() async throws {
        let emulator = try platform(.grafana13)
        _ = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "K", "uid": "k"]], to: emulator.baseURL)
        let (status, body) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "K", "uid": "k"]], to: emulator.baseURL)
        #expect(status == 409 && body == ["message": "Dashboard already exists. Use overwrite flag to update."])
        let twelve = try platform(.grafana12)
        _ = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "K", "uid": "k"]], to: twelve.baseURL)
        let (again, _) = try await send("POST", "/api/dashboards/db", ["dashboard": ["title": "K", "uid": "k"]], to: twelve.baseURL)
        #expect(again == 412, "12.x keeps 412 version-mismatch")
    }

    @Test("manager annotations: a kind cannot be changed in place (403); a repo's resources only by the provisioning service (403)")
    func managers() async throws {
        let emulator = try platform(.grafana13)
        _ = try await send("POST", Self.dashboards, dashboardObject("m", annotations: ["grafana.app/managedBy": "terraform", "grafana.app/managerId": "tf"]),
                           to: emulator.baseURL)
        var (status, _) = try await send("PUT", Self.dashboards + "/m", dashboardObject("m", annotations: ["grafana.app/managedBy": "kubectl", "grafana.app/managerId": "x"]),
                                         to: emulator.baseURL)
        #expect(status == 403)
        (status, _) = try await send("PUT", Self.dashboards + "/m", dashboardObject("m"), to: emulator.baseURL)
        #expect(status == 200, "removing the manager first")
        (status, _) = try await send("PUT", Self.dashboards + "/m", dashboardObject("m", annotations: ["grafana.app/managedBy": "kubectl", "grafana.app/managerId": "x"]),
                                     to: emulator.baseURL)
        #expect(status == 200)
        let (repo, body) = try await send("POST", Self.dashboards, dashboardObject("r", annotations: ["grafana.app/managedBy": "repo", "grafana.app/managerId": "git"]),
                                          to: emulator.baseURL)
        #expect(repo == 403 && body?["message"] == "Provisioned resources must be manaaged by the provisioing servie account")
    }

    @Test("another organisation's namespace is 403; DELETE answers a Success Status")
    func namespaceAndDelete() async throws {
        let emulator = try platform(.grafana12)
        var (status, body) = try await send("GET", "/apis/dashboard.grafana.app/v0alpha1/namespaces/org-2/dashboards", to: emulator.baseURL)
        #expect(status == 403 && body?["kind"] == "Status")
        _ = try await send("POST", Self.dashboards, dashboardObject("d"), to: emulator.baseURL)
        (status, body) = try await send("DELETE", Self.dashboards + "/d", to: emulator.baseURL)
        #expect(status == 200 && body?["status"] == "Success" && body?["details"]?["name"] == "d")
        (status, _) = try await send("DELETE", Self.dashboards + "/d", to: emulator.baseURL)
        #expect(status == 404)
    }
}

