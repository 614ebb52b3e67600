import Foundation
import GraftGrafana
import GraftJSON
import GraftModel
import GraftTestSupport
import Testing

@Suite("Push against the Grafana emulator")
struct PushTests {
    let emulator: GrafanaEmulator
    let pusher: DashboardPusher
    let items: [PushItem]

    init() throws {
        emulator = try Fixtures.emulator()
        pusher = DashboardPusher(client: try Fixtures.client(emulator))
        let gateway = FolderPath([FolderRef(uid: "higress", title: "Higress"), FolderRef(uid: "higress-gw", title: "Gateway")])
        items = [
            PushItem(Fixtures.dashboard(uid: "main", title: "Higress Dashboard"), folder: gateway),
            PushItem(Fixtures.dashboard(uid: "ai", title: "Higress AI"), folder: gateway),
            PushItem(Fixtures.dashboard(uid: "root", title: "At the root")),
        ]
    }

    @Test("a first push creates every dashboard and folder, parents first, bound to the datasource")
    func firstPushCreatesEverything() async throws {
        let (result, lines) = try await Fixtures.push(pusher, items)
        #expect(result.succeeded)
        #expect(result.created == 3)
        #expect(lines.count == 3)
        #expect(result.summary == "Pushed 3 dashboards: 3 created, 0 updated, 0 unchanged, 0 failed; 2 folders created.")
        #expect(result.folders.map(\.uid) == ["higress", "higress-gw"])
        #expect(emulator.folders["higress-gw"]?.parentUID == "higress")
        #expect(emulator.folders["higress"]?.parentUID == nil)
        #expect(emulator.dashboard(uid: "main")?.folderUID == "higress-gw")
        #expect(emulator.dashboard(uid: "root")?.folderUID == "")
        for item in items {
            let stored = try #require(emulator.dashboard(uid: item.dashboard.uid!))
            #expect(NormalizedDashboard(.object(stored.data)) == Fixtures.expected(item))
            #expect(stored.data["__inputs"] == nil && stored.data["__requires"] == nil)
            #expect(!JSON.object(stored.data).formatted().contains("${DS_PROMETHEUS}"))
            #expect(stored.version == 1)
            #expect(stored.versions.last?.message.hasPrefix(PushMarker.prefix) == true)
        }
        let url = try #require(result.outcomes[0].url)
        #expect(url.absoluteString == emulator.baseURL.absoluteString + "/d/main/higress-dashboard")
    }

    @Test("a second push sends no write request")
    func secondPushWritesNothing() async throws {
        _ = try await Fixtures.push(pusher, items)
        emulator.resetRequestLog()
        let (result, _) = try await Fixtures.push(pusher, items)
        #expect(result.unchanged == 3)
        #expect(result.succeeded)
        #expect(emulator.writeRequestCount == 0)
        #expect(emulator.requestCount(method: "GET", pathPrefix: "/api/dashboards/uid/") == 3)
        #expect(result.outcomes.allSatisfy { $0.url != nil })
    }

    @Test("an edit made through the API is refused, named, and overwritten with force")
    func editOutsideGraftIsRefusedUnlessForced() async throws {
        _ = try await Fixtures.push(pusher, items)
        emulator.addUser(login: "alice", password: "alice-pw", role: .editor)
        let alice = try Fixtures.client(emulator, credentials: .basic(user: "alice", password: "alice-pw"))
        var model = try #require(try await alice.dashboard(uid: "ai")).model.objectValue!
        model["title"] = "Higress AI (tuned by hand)"
        let saved = try await alice.saveDashboard(DashboardSave(dashboard: .object(model), folderUID: "higress-gw", message: "tweak"))
        #expect(saved.version == 2)

        emulator.resetRequestLog()
        let (refused, _) = try await Fixtures.push(pusher, items)
        #expect(!refused.succeeded)
        #expect(refused.exitStatus == 1)
        #expect(refused.unchanged == 2)
        let failure = try #require(refused.outcomes[1].failure)
        let message = failure.description
        print(message)
        #expect(message.hasPrefix("Dashboard \"Higress AI\" (uid ai) was not pushed: its version 2 in Grafana was saved by alice at "))
        #expect(message.contains("--force"))
        #expect(emulator.writeRequestCount == 0)
        #expect(emulator.dashboard(uid: "ai")?.title == "Higress AI (tuned by hand)")

        let (forced, _) = try await Fixtures.push(pusher, items, PushOptions(force: true))
        #expect(forced.succeeded)
        #expect(forced.updated == 1)
        #expect(forced.outcomes[1].diff?.contains("-  \"title\": \"Higress AI (tuned by hand)\",") == true)
        #expect(emulator.dashboard(uid: "ai")?.title == "Higress AI")
        #expect(emulator.dashboard(uid: "ai")?.version == 3)

        let (after, _) = try await Fixtures.push(pusher, items)
        #expect(after.unchanged == 3)
    }

    @Test("a change in the code updates with the live version and a normalised diff; a dry run writes nothing")
    func codeChangeUpdates() async throws {
        _ = try await Fixtures.push(pusher, items)
        var changed = items
        changed[0] = PushItem(Fixtures.dashboard(uid: "main", title: "Higress Dashboard", expr: "sum(rate(envoy_cluster_upstream_rq_total[1m]))"),
                              folder: items[0].folder)
        emulator.resetRequestLog()
        let (plan, _) = try await Fixtures.push(pusher, changed, PushOptions(dryRun: true))
        #expect(plan.outcomes[0].status == .wouldUpdate)
        #expect(plan.summary.hasSuffix("nothing was written."))
        #expect(emulator.writeRequestCount == 0)

        let (result, _) = try await Fixtures.push(pusher, changed)
        #expect(result.outcomes.map(\.status) == [.updated, .unchanged, .unchanged])
        let diff = try #require(result.outcomes[0].diff)
        print(diff)
        #expect(diff.hasPrefix("--- grafana/main.json\n+++ graft/main.json\n@@ "))
        #expect(diff.contains("-              \"expr\": \"sum(rate(envoy_http_downstream_rq_total[1m]))\","))
        #expect(diff.contains("+              \"expr\": \"sum(rate(envoy_cluster_upstream_rq_total[1m]))\","))
        #expect(!diff.contains("\"version\""))
        #expect(emulator.dashboard(uid: "main")?.version == 2)
        #expect(emulator.requestCount(method: "POST", pathPrefix: "/api/dashboards/db") == 1)
    }

    @Test("a dry run on an empty Grafana plans every create and the folders, writing nothing")
    func dryRunPlans() async throws {
        let (result, lines) = try await Fixtures.push(pusher, items, PushOptions(dryRun: true))
        #expect(result.created == 3)
        #expect(result.outcomes.allSatisfy { $0.status == .wouldCreate })
        #expect(result.folders.map(\.uid) == ["higress", "higress-gw"])
        #expect(lines.allSatisfy { $0.hasPrefix("would create") })
        #expect(emulator.writeRequestCount == 0)
        #expect(emulator.dashboards.isEmpty)
    }

    @Test("a dashboard moved to another folder is updated")
    func folderMove() async throws {
        _ = try await Fixtures.push(pusher, items)
        var moved = items
        moved[2].folder = FolderPath(uid: "elsewhere", title: "Elsewhere")
        let (result, _) = try await Fixtures.push(pusher, moved)
        #expect(result.outcomes[2].status == .updated)
        #expect(result.outcomes[2].diff == "folder: (root) -> elsewhere\n")
        #expect(emulator.dashboard(uid: "root")?.folderUID == "elsewhere")
    }

    @Test("dashboards without a uid, or sharing one, fail; the others still land")
    func invalidDashboardsFailAlone() async throws {
        let broken = [PushItem(Fixtures.dashboard(uid: nil, title: "No uid")), PushItem(Fixtures.dashboard(uid: "main", title: "Twin"))]
        let (result, _) = try await Fixtures.push(pusher, items + broken)
        #expect(result.created == 3)
        #expect(result.failed == 2)
        #expect(result.outcomes[3].failure?.description == "Dashboard \"No uid\" was not pushed: it has no uid, and Graft finds dashboards in Grafana by uid; give it one.")
        #expect(result.outcomes[4].failure?.description == "Dashboard \"Twin\" (uid main) was not pushed: it has the same uid as dashboard \"Higress Dashboard\"; give each dashboard its own.")
    }

    /// The standard retry policy, as `graft push` uses it, with a short timeout so that stalled answers cost little.
    @Test("with half of all requests faulted, every kind of fault, one push of 200 dashboards lands each exactly once",
          arguments: [20_261_126, 7] as [UInt64])
    func pushThroughFaults(seed: UInt64) async throws {
        let generated = Fixtures.generated(200)
        let client = GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token(Fixtures.editorToken),
                                                         requestTimeout: .milliseconds(500), retry: .standard))
        emulator.update { $0.faults = FaultInjection(rate: 0.5, seed: seed) }
        let (result, _) = try await Fixtures.push(DashboardPusher(client: client), generated, PushOptions(concurrency: 8))
        emulator.update { $0.faults = nil }
        #expect(result.succeeded, "\(result.outcomes.compactMap(\.failure).map(\.description))")
        #expect(result.created == 200)
        let faults = emulator.requests.compactMap(\.fault)
        #expect(faults.count > 200, "faults were injected")
        #expect(Set(faults) == Set(FaultInjection.everyKind), "every kind of fault struck")
        #expect(emulator.requests.contains { $0.isWrite && $0.fault.map(FaultInjection.strikesAfterHandling) == true },
                "some writes landed and lost their answers")
        let stored = emulator.dashboards
        #expect(stored.count == 200)
        for item in generated {
            let dashboard = try #require(stored[item.dashboard.uid!])
            #expect(dashboard.version == 1, "saved exactly once")
            #expect(NormalizedDashboard(.object(dashboard.data)) == Fixtures.expected(item))
        }
        #expect(emulator.folders.count == 5)
    }
}
