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
        let alice = try Fixtures.client(emulator, credentials: .basic(user: "alice", password: "alice-pw"))
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
        let who = release == .grafana11 ? "alice" : try #require(emulator.identity(of: "alice"))

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
        let alice = try #require(emulator.identity(of: "alice"))
        #expect(message.hasPrefix("Dashboard \"Higress AI\" (uid ai) was not pushed: its version 2 in Grafana was saved by \(alice) at "))
        #expect(refused.unchanged == 2)
        #expect(emulator.writeRequestCount == 0)

        // graft diff (a forced dry run) shows the difference for it too.
        let (plan, _) = try await Fixtures.push(pusher, items, options(dryRun: true, force: true))
        #expect(plan.outcomes[1].status == .wouldUpdate)
        #expect(plan.outcomes[1].diff?.contains("-  \"title\": \"Higress AI (dynamic)\"") == true)
        #expect(emulator.requests.filter { $0.isWrite && !$0.dryRun }.isEmpty)
        #expect(try #require(emulator.dashboard(uid: "ai")).isStoredAsV2)

        let (forced, _) = try await Fixtures.push(pusher, items, options(force: true))
        #expect(forced.updated == 1 && forced.succeeded)
        let rewritten = try #require(emulator.dashboard(uid: "ai"))
        #expect(!rewritten.isStoredAsV2 && rewritten.storedVersion == "v0alpha1")
        #expect(stored(emulator, "ai") == Fixtures.expected(items[1]))
        #expect(try await Fixtures.push(pusher, items, options()).0.unchanged == 3)
    }
}
