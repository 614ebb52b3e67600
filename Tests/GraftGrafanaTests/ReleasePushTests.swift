import Foundation
import GraftGrafana
import GraftHTTP
import GraftJSON
import GraftModel
import GraftTestSupport
import Testing

/// The same catalog pushed to the emulator acting as Grafana 11.3, 12.x and 13.x: the classic
/// API on 11, the app-platform API (`/apis/dashboard.grafana.app`, `/apis/folder.grafana.app`) on 12 and 13.
@Suite("Push to Grafana 11.3, 12.x and 13.x")
struct ReleasePushTests {
    static let releases = GrafanaEmulator.Release.allCases
    static let owner = "higress"

    let gateway = FolderPath([FolderRef(uid: "higress", title: "Higress"), FolderRef(uid: "higress-gw", title: "Gateway")])
    var items: [PushItem] {
        [PushItem(Fixtures.dashboard(uid: "main", title: "Higress Dashboard"), folder: gateway),
         PushItem(Fixtures.dashboard(uid: "ai", title: "Higress AI"), folder: gateway),
         PushItem(Fixtures.dashboard(uid: "root", title: "At the root"))]
    }

    func setUp(_ release: GrafanaEmulator.Release) throws -> (GrafanaEmulator, DashboardPusher) {
        let emulator = try Fixtures.emulator(.release(release))
        emulator.addUser(login: "alice", password: "alice-pw", role: .editor)
        return (emulator, DashboardPusher(client: try Fixtures.client(emulator)))
    }

    /// A client signed in as alice, the editor `setUp` adds.
    func alice(_ emulator: GrafanaEmulator) throws -> GrafanaClient {
        try Fixtures.client(emulator, credentials: .basic(user: "alice", password: "alice-pw"))
    }

    func options(dryRun: Bool = false, force: Bool = false, prune: Bool = false) -> PushOptions {
        PushOptions(dryRun: dryRun, force: force, owner: ReleasePushTests.owner, prune: prune)
    }

    /// The stored dashboard as Graft compares it (the emulator keeps the classic model in `data`).
    func stored(_ emulator: GrafanaEmulator, _ uid: String) -> NormalizedDashboard? {
        emulator.dashboard(uid: uid).map { NormalizedDashboard(.object($0.data)) }
    }

    @Test("the first push creates everything through the API the release serves; the second writes nothing", arguments: releases)
    func firstAndSecondPush(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        let (first, _) = try await Fixtures.push(pusher, items, options())
        #expect(first.succeeded)
        #expect(first.created == 3)
        #expect(first.folders.map(\.uid) == ["higress", "higress-gw"])
        #expect(emulator.folders["higress-gw"]?.parentUID == "higress")
        #expect(emulator.dashboard(uid: "main")?.folderUID == "higress-gw")
        for item in items { #expect(stored(emulator, item.dashboard.uid!) == Fixtures.expected(item)) }
        let classicSaves = emulator.requestCount(method: "POST", pathPrefix: "/api/dashboards/db")
        let platformWrites = emulator.requests.filter { $0.isWrite && $0.path.hasPrefix("/apis/") }.count
        if release == .grafana11 {
            #expect(classicSaves == 3 && platformWrites == 0)
        } else {
            #expect(classicSaves == 0 && emulator.requestCount(method: "POST", pathPrefix: "/api/folders") == 0)
            #expect(platformWrites == 5, "3 dashboards and 2 folders created through /apis")
            let main = try #require(emulator.dashboard(uid: "main"))
            #expect(main.annotations["grafana.app/managedBy"] == "kubectl")
            #expect(main.annotations["grafana.app/managerId"] == ReleasePushTests.owner)
            #expect(main.storedVersion == "v0alpha1")
            #expect(emulator.folders["higress"]?.annotations["grafana.app/managerId"] == ReleasePushTests.owner)
            #expect(main.versions.last?.message == PushMarker(contentHash: Fixtures.expected(items[0]).contentHash, owner: ReleasePushTests.owner).message)
        }

        emulator.resetRequestLog()
        let changes = emulator.storedChangeCount
        let (second, _) = try await Fixtures.push(pusher, items, options())
        #expect(second.unchanged == 3)
        #expect(emulator.writeRequestCount == 0)
        #expect(emulator.storedChangeCount == changes)
    }

    @Test("an edit made through the API makes the next push refuse it, naming who and when; --force writes the code back",
          arguments: releases)
    func editThroughTheAPI(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        _ = try await Fixtures.push(pusher, items, options())
        let alice = try alice(emulator)
        if release == .grafana11 {
            var model = try #require(try await alice.dashboard(uid: "ai")).model.objectValue!
            model["title"] = "Higress AI (tuned by hand)"
            _ = try await alice.saveDashboard(DashboardSave(dashboard: .object(model), folderUID: "higress-gw", message: "tweak"))
        } else {
            // A PUT of the object alice read, as kubectl or a script would send it.
            let platform = try #require(AppPlatformClient(alice, apis: try await alice.discover()))
            var object = try #require(try await platform.get(.dashboards, name: "ai"))
            object.spec["title"] = "Higress AI (tuned by hand)"
            _ = try await platform.update(object, in: .dashboards)
        }
        let editedAt = try #require(emulator.dashboard(uid: "ai")).updated
        // On 12/13 the login comes from the classic read, which still answers for a v1-stored dashboard.
        let who = "alice"

        emulator.resetRequestLog()
        let (refused, _) = try await Fixtures.push(pusher, items, options())
        #expect(refused.unchanged == 2 && refused.failed == 1)
        let message = try #require(refused.outcomes[1].failure).description
        #expect(message.hasPrefix("Dashboard \"Higress AI\" (uid ai) was not pushed: its version 2 in Grafana was saved by \(who) at "))
        #expect(message.contains(ISO8601DateFormatter().string(from: editedAt)))
        #expect(message.contains("--force"))
        #expect(emulator.writeRequestCount == 0)

        let (forced, _) = try await Fixtures.push(pusher, items, options(force: true))
        #expect(forced.updated == 1 && forced.succeeded)
        #expect(stored(emulator, "ai") == Fixtures.expected(items[1]))
        let (after, _) = try await Fixtures.push(pusher, items, options())
        #expect(after.unchanged == 3)
    }

    /// A v2 spec as Grafana's UI saves a dynamic dashboard: one panel in a grid.
    static let v2Spec: JSONObject = [
        "title": "Higress AI (dynamic)", "cursorSync": "Off", "editable": true,
        "elements": ["panel-1": ["kind": "Panel", "spec": ["id": 1, "title": "Requests", "vizConfig": ["kind": "VizConfig", "group": "timeseries", "version": "", "spec": ["options": [:], "fieldConfig": ["defaults": [:], "overrides": []]]], "data": ["kind": "QueryGroup", "spec": ["queries": [], "transformations": [], "queryOptions": [:]]]]]],
        "layout": ["kind": "GridLayout", "spec": ["items": [["kind": "GridLayoutItem", "spec": ["x": 0, "y": 0, "width": 12, "height": 8, "element": ["kind": "ElementReference", "name": "panel-1"]]]]]],
    ]

    @Test("a dashboard saved from the UI as v2 is read at its stored version, refused naming who and when, and --force stores the code's again",
          arguments: [GrafanaEmulator.Release.grafana12, .grafana13])
    func v2StoredEdit(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        _ = try await Fixtures.push(pusher, items, options())
        emulator.saveFromDynamicDashboardsUI(uid: "ai", spec: ReleasePushTests.v2Spec, as: "alice")
        let ai = try #require(emulator.dashboard(uid: "ai"))
        #expect(ai.isStoredAsV2)
        // The rule the push must live with: 12.x refuses the classic read (406), 13.x answers it lossily.
        let classicClient = try Fixtures.client(emulator)
        if release == .grafana12 {
            let error = try await #require(throws: APIError.self) { try await classicClient.dashboard(uid: "ai") }
            #expect(error.statusCode == 406)
        } else {
            #expect(try await classicClient.dashboard(uid: "ai")?.model["title"] == "Higress AI (dynamic)")
        }

        emulator.resetRequestLog()
        let (refused, _) = try await Fixtures.push(pusher, items, options())
        let message = try #require(refused.outcomes[1].failure).description
        // 12.x's classic read refuses a v2-stored dashboard (406): the annotation's identity it is; 13.x's gives the login.
        let alice = release == .grafana12 ? try #require(emulator.identity(of: "alice")) : "alice"
        #expect(message.hasPrefix("Dashboard \"Higress AI\" (uid ai) was not pushed: its version 2 in Grafana was saved by \(alice) at "))
        #expect(refused.unchanged == 2)
        #expect(emulator.writeRequestCount == 0)

        // graft diff (a forced dry run that only reads) shows the difference for it too.
        emulator.resetRequestLog()
        let diffOptions = PushOptions(dryRun: true, force: true, owner: ReleasePushTests.owner, validateOnServer: false)
        let (plan, _) = try await Fixtures.push(pusher, items, diffOptions)
        #expect(plan.outcomes[1].status == .wouldUpdate)
        #expect(plan.outcomes[1].diff?.contains("-  \"title\": \"Higress AI (dynamic)\"") == true)
        #expect(plan.outcomes.map(\.status) == [.unchanged, .wouldUpdate, .unchanged])
        #expect(emulator.writeRequestCount == 0)
        #expect(try #require(emulator.dashboard(uid: "ai")).isStoredAsV2)

        let (forced, _) = try await Fixtures.push(pusher, items, options(force: true))
        #expect(forced.updated == 1 && forced.succeeded)
        let rewritten = try #require(emulator.dashboard(uid: "ai"))
        #expect(!rewritten.isStoredAsV2 && rewritten.storedVersion == "v0alpha1")
        #expect(stored(emulator, "ai") == Fixtures.expected(items[1]))
        #expect(try await Fixtures.push(pusher, items, options()).0.unchanged == 3)
    }

    @Test("another manager's dashboard is refused naming it; --force releases it and takes it over", arguments: [GrafanaEmulator.Release.grafana12, .grafana13])
    func anotherManager(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        _ = try await Fixtures.push(pusher, items, options())
        emulator.setAnnotations(uid: "main", ["grafana.app/managedBy": "terraform", "grafana.app/managerId": "tf-stack"], as: "admin")
        let (refused, _) = try await Fixtures.push(pusher, items, options())
        let message = try #require(refused.outcomes[0].failure).description
        #expect(message == "Dashboard \"Higress Dashboard\" (uid main) was not pushed: Grafana says terraform \"tf-stack\" manages it (grafana.app/managedBy), not this catalog; push with --force to take it over.")
        let (plan, _) = try await Fixtures.push(pusher, items, options(dryRun: true, force: true))
        #expect(plan.succeeded && plan.updated == 1)
        #expect(emulator.dashboard(uid: "main")?.annotations["grafana.app/managedBy"] == "terraform")
        let (forced, _) = try await Fixtures.push(pusher, items, options(force: true))
        #expect(forced.succeeded && forced.updated == 1)
        #expect(emulator.dashboard(uid: "main")?.annotations["grafana.app/managedBy"] == "kubectl")
        #expect(emulator.dashboard(uid: "main")?.annotations["grafana.app/managerId"] == ReleasePushTests.owner)

        // Git Sync's (managedBy repo): Grafana itself refuses to release it, even with --force.
        emulator.setAnnotations(uid: "ai", ["grafana.app/managedBy": "repo", "grafana.app/managerId": "git-repo"], as: "admin")
        let (gitSync, _) = try await Fixtures.push(pusher, items, options(force: true))
        let refusal = try #require(gitSync.outcomes[1].failure).description
        #expect(refusal.contains("Grafana answered 403 Forbidden when updating dashboard ai, saying \"Can not remove resource manager from resource\""))
        #expect(emulator.dashboard(uid: "ai")?.annotations["grafana.app/managedBy"] == "repo")
    }

    @Test("--prune deletes exactly the owned dashboards that left the catalog (then Graft's empty folders); others survive; a dry run lists them",
          arguments: releases)
    func prune(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        _ = try await Fixtures.push(pusher, items, options())
        // Made outside Graft, in Graft's folder and at the root; and one another catalog pushed.
        let alice = try alice(emulator)
        _ = try await alice.saveDashboard(DashboardSave(dashboard: ["uid": "outside", "title": "Made by hand"], folderUID: "higress-gw"))
        _ = try await alice.saveDashboard(DashboardSave(dashboard: ["uid": "outside-root", "title": "Also by hand"]))
        let other = PushOptions(owner: "another-catalog")
        _ = try await Fixtures.push(pusher, [PushItem(Fixtures.dashboard(uid: "theirs", title: "Theirs"))], other)

        let kept = [items[2]]
        let changes = emulator.storedChangeCount
        let (plan, _) = try await Fixtures.push(pusher, kept, options(dryRun: true, prune: true))
        #expect(Set(plan.pruned.filter { $0.kind == .dashboard }.map(\.uid)) == ["main", "ai"])
        #expect(plan.pruned.allSatisfy { $0.dryRun && $0.failure == nil })
        #expect(emulator.storedChangeCount == changes, "a dry run deletes nothing")
        #expect(emulator.dashboards.count == 6)

        let (result, _) = try await Fixtures.push(pusher, kept, options(prune: true))
        #expect(result.succeeded)
        #expect(Set(emulator.dashboards.keys) == ["root", "outside", "outside-root", "theirs"])
        #expect(Set(result.pruned.filter { $0.kind == .dashboard }.map(\.uid)) == ["main", "ai"])
        // The folders still hold alice's dashboard, so none goes.
        #expect(result.pruned.filter { $0.kind == .folder }.isEmpty)
        #expect(result.summary.hasSuffix("; 2 dashboards and 0 folders deleted."))

        _ = try await Fixtures.client(emulator).deleteDashboard(uid: "outside")
        let (second, _) = try await Fixtures.push(pusher, kept, options(prune: true))
        if release == .grafana11 {
            #expect(second.pruned.isEmpty, "the classic API records no owner for folders")
            #expect(emulator.folders.count == 2)
        } else {
            #expect(second.pruned.map(\.uid) == ["higress-gw", "higress"], "children first")
            #expect(emulator.folders.isEmpty)
        }
        #expect(Set(emulator.dashboards.keys) == ["root", "outside-root", "theirs"])
    }

    @Test("with 50% injected faults (seeded) every dashboard ends present once at the expected content", arguments: releases)
    func faults(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        let generated = Fixtures.generated(40)
        emulator.update { $0.faults = FaultInjection(rate: 0.5, seed: 20_261_203) }
        let (result, _) = try await Fixtures.push(pusher, generated, PushOptions(concurrency: 8, owner: ReleasePushTests.owner))
        emulator.update { $0.faults = nil }
        #expect(emulator.requests.filter(\.faulted).count > 40, "faults were injected")
        #expect(result.succeeded, "\(result.outcomes.compactMap(\.failure))")
        #expect(emulator.dashboards.count == 40)
        for item in generated {
            let dashboard = try #require(emulator.dashboard(uid: item.dashboard.uid!))
            #expect(NormalizedDashboard(.object(dashboard.data)) == Fixtures.expected(item))
            #expect(dashboard.version == 1, "written once")
        }
        emulator.resetRequestLog()
        #expect(try await Fixtures.push(pusher, generated, options()).0.unchanged == 40)
        #expect(emulator.writeRequestCount == 0)
    }

    @Test("--dry-run writes nothing, and on 12/13 reports what only the server sees: a folder the token may not write", arguments: releases)
    func dryRun(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        emulator.denyFolderWrite(uid: "higress-gw", login: "sa-graft")
        let (plan, _) = try await Fixtures.push(pusher, items, options(dryRun: true))
        #expect(emulator.storedChangeCount == 0)
        #expect(emulator.dashboards.isEmpty && emulator.folders.isEmpty)
        if release == .grafana11 {
            // The classic API has no dry run: the refusal shows only when writing.
            #expect(plan.succeeded)
        } else {
            #expect(emulator.requests.filter { $0.isWrite }.allSatisfy { $0.dryRun })
            #expect(plan.outcomes.map(\.status.isFailure) == [true, true, false])
            let message = try #require(plan.outcomes[0].failure).description
            #expect(message.contains("Grafana answered 403 Forbidden when checking (dry run) the creation of dashboard main, saying "))
            #expect(message.contains("may not write in folder \"higress-gw\""))
            #expect(plan.outcomes[2].status == .wouldCreate)
        }
    }

    @Test("an edit between Graft's read and its write is a 409 Conflict, reported, never retried blindly", arguments: [GrafanaEmulator.Release.grafana12, .grafana13])
    func conflict(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        _ = try await Fixtures.push(pusher, items, options())
        emulator.beforeHandling { request in
            if request.method == "PUT", request.path.hasSuffix("/dashboards/main") {
                emulator.editDashboard(uid: "main", as: "alice") { $0["description"] = "alice was here" }
            }
        }
        var changed = items
        changed[0] = PushItem(Fixtures.dashboard(uid: "main", title: "Higress Dashboard", expr: "up"), folder: gateway)
        let (result, _) = try await Fixtures.push(pusher, changed, options())
        emulator.beforeHandling(nil)
        let message = try #require(result.outcomes[0].failure).description
        #expect(message.contains("someone saved it in Grafana while Graft was pushing (Grafana answered 409 Conflict when updating dashboard main, saying \"Operation cannot be fulfilled on dashboards.dashboard.grafana.app \"main\": the object has been modified"))
        #expect(emulator.requestCount(method: "PUT", pathPrefix: "/apis/") == 1)
        #expect(emulator.dashboard(uid: "main")?.data["description"] == "alice was here")
    }

    @Test("organisation 2 is namespace org-2; --namespace (stacks-<id>) overrides it", arguments: [GrafanaEmulator.Release.grafana13])
    func namespaces(_ release: GrafanaEmulator.Release) async throws {
        var options = GrafanaEmulator.Options.release(release)
        options.namespace = "org-2"
        let emulator = try Fixtures.emulator(options)
        var connection = try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token(Fixtures.editorToken), organizationID: 2,
                                               retry: Fixtures.fastRetry)
        #expect(connection.resolvedNamespace == "org-2")
        let (result, _) = try await Fixtures.push(DashboardPusher(client: GrafanaClient(connection)), [items[2]], self.options())
        #expect(result.succeeded)
        #expect(emulator.requests.contains { $0.path == "/apis/dashboard.grafana.app/v0alpha1/namespaces/org-2/dashboards" })

        connection.namespace = "stacks-7"
        let (refused, _) = try await Fixtures.push(DashboardPusher(client: GrafanaClient(connection)), [items[2]], self.options())
        #expect(refused.outcomes[0].failure?.description.contains("403 Forbidden when reading dashboard root") == true)
    }
}

extension ReleasePushTests {
    @Test("after an upgrade from 11.3 to 13, what Graft pushed through the classic API is still its own: a code change updates it")
    func upgrade() async throws {
        let (emulator, pusher) = try setUp(.grafana11)
        _ = try await Fixtures.push(pusher, items, options())
        emulator.update { $0 = .release(.grafana13) }
        var changed = items
        changed[0] = PushItem(Fixtures.dashboard(uid: "main", title: "Higress Dashboard", expr: "up"), folder: gateway)
        let (result, _) = try await Fixtures.push(pusher, changed, options())
        #expect(result.outcomes.map(\.status) == [.updated, .updated, .updated], "the first through /apis adds the manager annotations")
        #expect(stored(emulator, "main") == Fixtures.expected(changed[0]))
        #expect(emulator.dashboard(uid: "ai")?.annotations["grafana.app/managerId"] == ReleasePushTests.owner)
        #expect(try await Fixtures.push(pusher, changed, options()).0.unchanged == 3)
    }
}

extension ReleasePushTests {
    @Test("--prune keeps an owned dashboard someone edited since, naming who, unless --force", arguments: [GrafanaEmulator.Release.grafana12, .grafana13])
    func pruneKeepsEdits(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, pusher) = try setUp(release)
        _ = try await Fixtures.push(pusher, items, options())
        emulator.editDashboard(uid: "ai", as: "alice") { $0["description"] = "kept for the incident review" }
        let (result, _) = try await Fixtures.push(pusher, [items[2]], options(prune: true))
        #expect(!result.succeeded)
        let refused = try #require(result.pruned.first { $0.uid == "ai" })
        let alice = try #require(emulator.identity(of: "alice"))
        #expect(refused.line.hasPrefix("failed        dashboard ai \"Higress AI\" was not deleted: it was edited in Grafana after Graft pushed it (by \(alice) at "))
        #expect(refused.line.hasSuffix("; delete it by hand, or prune with --force."))
        #expect(emulator.dashboard(uid: "ai") != nil && emulator.dashboard(uid: "main") == nil)
        #expect(emulator.folders["higress-gw"] != nil, "the folder still holds ai")

        let (forced, _) = try await Fixtures.push(pusher, [items[2]], options(force: true, prune: true))
        #expect(forced.succeeded)
        #expect(Set(emulator.dashboards.keys) == ["root"] && emulator.folders.isEmpty)
    }
}

extension DashboardOutcome.Status {
    var isFailure: Bool { if case .failed = self { return true } else { return false } }
}

extension ReleasePushTests {
    @Test("discovery: the version and the groups each release serves, and the versions Graft speaks", arguments: releases)
    func discovery(_ release: GrafanaEmulator.Release) async throws {
        let (emulator, _) = try setUp(release)
        let apis = try await Fixtures.client(emulator).discover()
        #expect(apis.version == release.rawValue)
        switch release {
        case .grafana11:
            #expect(!apis.servesAppPlatform && apis.dashboardVersions.isEmpty)
        case .grafana12:
            #expect(apis.servesAppPlatform && apis.classicDashboardVersion == "v0alpha1" && apis.folderVersion == "v1beta1")
            #expect(apis.readVersion(forStored: "v2beta1") == "v2beta1")
        case .grafana13:
            #expect(apis.servesAppPlatform && apis.classicDashboardVersion == "v0alpha1" && apis.folderVersion == "v1")
            #expect(apis.dashboardVersions.first == "v2")
        }
        #expect(emulator.requests.map(\.path) == ["/api/health", "/apis"])
    }
}
