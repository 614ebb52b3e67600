import ArgumentParser
import Foundation
import GraftGrafana
import GraftJSON
import GraftTestSupport
import Testing
@testable import GraftCLI
@testable import GraftImport

/// The import fixtures as a team's Grafana holds them, and what importing each must give.
struct HeldDashboards {
    /// The Grafana holding them; the token `glsa_import` (Editor) reads them.
    let emulator: GrafanaEmulator
    /// By uid, the JSON an import must render: what Grafana holds without the fields it sets
    /// (`DashboardReader.serverSetKeys`); for a pre-grid or pre-id dashboard, the file import's
    /// `.expected.json` (the layout Grafana gives it on load), under the uid Grafana gave.
    var expected: [String: JSON] = [:]
    /// The uids an import must name and skip.
    var refused: Set<String> = []

    /// The folders the dashboards are spread over (uid, title, parent): two at the root, one nested in the first.
    static let folders: [(uid: String, title: String, parent: String?)] = [
        ("team-a", "Team A", nil), ("team-b", "Team B", nil), ("team-a-nested", "Team A nested", "team-a"),
    ]

    /// A dashboard Grafana stores as it is given, which `graft import` refuses (a `gridPos` that is
    /// no object): named and skipped on every release.
    static let broken: JSONObject = ["title": "Broken", "uid": "broken", "panels": [["id": 1, "type": "stat", "gridPos": "top"]]]

    /// `model` without the members the server sets on a read.
    static func withoutServerFields(_ model: JSON) -> JSON {
        guard case .object(var object) = model else { return model }
        for key in DashboardReader.serverSetKeys { object.removeValue(forKey: key) }
        return .object(object)
    }

    /// The uids of the dashboards directly in folder `uid`.
    func uids(inFolder uid: String) -> Set<String> { Set(emulator.dashboards.values.filter { $0.folderUID == uid }.map(\.uid)) }

    /// An emulator of `release` filled with every import fixture (`Fixtures/*.json`, the adoption
    /// imports and the refused v2 layouts), each uid prefixed with `uidPrefix` and each title with
    /// `titlePrefix` (to sit beside the same fixtures imported from files), spread over
    /// `folders` in turn, and `broken`. Classic models are saved through `POST /api/dashboards/db`
    /// (a resource's spec, an API answer's `dashboard`, an export with its `__inputs`); v2 resources
    /// as the dynamic-dashboards UI saves them, on 12/13 only. On 12 those cannot be read as
    /// classic JSON: refused. NOT EMULATED: 13 converts tabs and auto grids to rows and grid
    /// positions on a classic read; the emulator's conversion drops them, so the refused layouts
    /// are left out on 13.
    static func filled(_ release: GrafanaEmulator.Release, uidPrefix: String = "", titlePrefix: String = "") async throws -> HeldDashboards {
        let emulator = try GrafanaEmulator(options: .release(release))
        emulator.addServiceAccountToken("glsa_import", role: .editor)
        emulator.addUser(login: "alice", password: "alice-pw", role: .editor)
        var held = HeldDashboards(emulator: emulator)
        let client = GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token("glsa_import")))
        for folder in folders { _ = try await client.createFolder(uid: folder.uid, title: folder.title, parentUID: folder.parent) }
        let refusedLayouts = ["tabs.v2beta1.resource.json", "auto-grid.v2beta1.resource.json", "row-with-tabs.v2beta1.resource.json"]
        let inputs = Locations.fixtureFiles + Locations.adoptionImports + refusedLayouts.map { Locations.adoption.appendingPathComponent($0) }
        for (index, input) in inputs.enumerated() {
            let folder = folders[index % folders.count].uid
            let json = try JSONParser.parse(Locations.bytes(input))
            let name = json["metadata"]?["name"]?.stringValue
            if json["apiVersion"]?.stringValue?.contains("/v2") == true {
                let refusedLayout = refusedLayouts.contains(input.lastPathComponent)
                guard release != .grafana11, !(release == .grafana13 && refusedLayout) else { continue }
                let uid = uidPrefix + (name ?? "")
                // Saved first as a classic placeholder, which puts it in its folder, then from the UI.
                _ = try await client.saveDashboard(DashboardSave(dashboard: ["title": "placeholder", "uid": .string(uid)], folderUID: folder))
                var spec = json["spec"]?.objectValue ?? [:]
                spec["title"] = .string(titlePrefix + (spec["title"]?.stringValue ?? ""))
                emulator.saveFromDynamicDashboardsUI(uid: uid, spec: spec, as: "alice")
                if release == .grafana12 {
                    held.refused.insert(uid)
                } else {
                    held.expected[uid] = withoutServerFields(.object(try #require(emulator.dashboard(uid: uid)).data))
                }
                continue
            }
            guard case .object(var model)? = json["meta"] != nil ? json["dashboard"] : json["spec"] ?? json else {
                Issue.record("\(input.lastPathComponent): no dashboard model")
                continue
            }
            if let name { model["uid"] = .string(name) }
            if let uid = model["uid"]?.stringValue { model["uid"] = .string(uidPrefix + uid) }
            model["id"] = nil
            model["title"] = .string(titlePrefix + (model["title"]?.stringValue ?? ""))
            let saved = try await client.saveDashboard(DashboardSave(dashboard: .object(model), folderUID: folder))
            let expectedFile = input.deletingPathExtension().deletingPathExtension().appendingPathExtension("expected.json")
            if FileManager.default.fileExists(atPath: expectedFile.path), case .object(var upgraded) = try JSONParser.parse(Locations.bytes(expectedFile)) {
                upgraded["uid"] = .string(saved.uid)
                upgraded["title"] = model["title"]
                held.expected[saved.uid] = withoutServerFields(.object(upgraded))
            } else {
                held.expected[saved.uid] = withoutServerFields(.object(try #require(emulator.dashboard(uid: saved.uid)).data))
            }
        }
        var broken = HeldDashboards.broken
        broken["uid"] = .string(uidPrefix + "broken")
        _ = try await client.saveDashboard(DashboardSave(dashboard: .object(broken), folderUID: "team-b"))
        held.refused.insert(uidPrefix + "broken")
        return held
    }
}

extension CommandTests {
    /// `graft import` with `arguments` against `emulator`, as the token `glsa_import`.
    func importCommand(_ emulator: GrafanaEmulator, _ arguments: [String]) throws -> ImportCommand {
        try ImportCommand.parse(arguments + ["--grafana-url", emulator.baseURL.absoluteString, "--token", "glsa_import"])
    }

    /// What `command` imports, by uid, and its failures; nothing is written.
    func imports(_ command: ImportCommand) async throws -> (byUID: [String: ImportedDashboard], failures: [String]) {
        var importer = DashboardImporter()
        let imports = try await command.importAll(with: &importer)
        var byUID: [String: ImportedDashboard] = [:]
        for dashboard in imports.dashboards {
            let uid = try #require(try JSONParser.parse(dashboard.renderedJSON)["uid"]?.stringValue)
            let first = byUID.updateValue(dashboard, forKey: uid) == nil
            #expect(first, "\(uid) imported twice")
        }
        return (byUID, imports.failures)
    }

    @Test("--from-grafana alone imports every dashboard Grafana holds, each rendering what it held; the unconvertible ones are named and skipped, the rest written, exit 1",
          arguments: GrafanaEmulator.Release.allCases)
    func everyDashboard(_ release: GrafanaEmulator.Release) async throws {
        let held = try await HeldDashboards.filled(release)
        defer { held.emulator.stop() }
        try await withFolder { folder in
            let command = try importCommand(held.emulator, ["--from-grafana", "--out", folder.path])
            let (imported, failures) = try await imports(command)
            #expect(Set(imported.keys) == Set(held.expected.keys))
            #expect(Set(held.emulator.dashboards.keys) == Set(held.expected.keys).union(held.refused), "a dashboard Grafana holds is neither expected nor refused")
            for (uid, expected) in held.expected {
                guard let dashboard = imported[uid] else { continue }
                let json = try JSONParser.parse(dashboard.renderedJSON)
                #expect(json["id"] == nil && json["version"] == nil, "\(uid): the server's id or version reached the Swift")
                let rendered = HeldDashboards.withoutServerFields(json)
                if let difference = JSONDifference.first(rendered, expected, at: .root) {
                    Issue.record("\(uid) renders \(difference.description) at \(difference.path)")
                }
                #expect(dashboard.file == "grafana:\(uid)")
            }
            #expect(failures.count == held.refused.count)
            for uid in held.refused { #expect(failures.contains { $0.hasPrefix("grafana:\(uid):") }, "\(uid) is not named: \(failures)") }
            if release == .grafana12 { #expect(failures.contains { $0.contains("stored in Grafana's v2 schema") }) }

            let error = try await #require(throws: CLIError.self) { try await command.run() }
            let count = held.expected.count + held.refused.count
            #expect(error.description == "\(held.refused.count) of \(count) dashboards could not be imported; nothing was written for \(held.refused.count == 1 ? "it" : "them")")
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(written == imported.values.map(\.swiftFileName).sorted())
        }
    }

    @Test("--folder takes the dashboards directly in that folder, not those of its subfolders", arguments: GrafanaEmulator.Release.allCases)
    func folderSelection(_ release: GrafanaEmulator.Release) async throws {
        let held = try await HeldDashboards.filled(release)
        defer { held.emulator.stop() }
        let teamA = held.uids(inFolder: "team-a")
        #expect(!teamA.isEmpty && !held.uids(inFolder: "team-a-nested").isEmpty)
        held.emulator.resetRequestLog()
        let (imported, failures) = try await imports(try importCommand(held.emulator, ["--from-grafana", "--folder", "team-a"]))
        #expect(Set(imported.keys).union(failures.compactMap { $0.split(separator: ":").dropFirst().first.map(String.init) }) == teamA)
        #expect(Set(imported.keys) == teamA.subtracting(held.refused))
        let searches = held.emulator.requests.filter { $0.path == "/api/search" }
        #expect(searches.count == 1)
    }

    @Test("--uid and --folder combine: the folder's dashboards and the uids, each once", arguments: GrafanaEmulator.Release.allCases)
    func uidAndFolder(_ release: GrafanaEmulator.Release) async throws {
        let held = try await HeldDashboards.filled(release)
        defer { held.emulator.stop() }
        let teamB = held.uids(inFolder: "team-b").subtracting(held.refused)
        let inB = try #require(teamB.sorted().first)
        let outside = try #require(held.uids(inFolder: "team-a").subtracting(held.refused).sorted().first)
        held.emulator.resetRequestLog()
        let command = try importCommand(held.emulator, ["--from-grafana", "--uid", outside, "--folder", "team-b", "--uid", inB, "--uid", outside])
        let (imported, _) = try await imports(command)
        #expect(Set(imported.keys) == teamB.union([outside]))
        // Each dashboard is read once: the classic GET on 11, the app-platform one on 12/13.
        let reads = held.emulator.requests.filter { $0.method == "GET" && ($0.path.hasSuffix("/dashboards/\(inB)") || $0.path == "/api/dashboards/uid/\(inB)") }
        #expect(reads.count == 1)
    }

    @Test("--uid alone reads only those dashboards, without listing", arguments: GrafanaEmulator.Release.allCases)
    func uidsOnly(_ release: GrafanaEmulator.Release) async throws {
        let held = try await HeldDashboards.filled(release)
        defer { held.emulator.stop() }
        held.emulator.resetRequestLog()
        let (imported, failures) = try await imports(try importCommand(held.emulator, ["--from-grafana", "--uid", "edge-plain", "--uid", "no-such-dashboard"]))
        #expect(Array(imported.keys) == ["edge-plain"])
        #expect(failures == ["grafana:no-such-dashboard: no such dashboard in Grafana"])
        #expect(!held.emulator.requests.contains { $0.path == "/api/search" })
    }

    @Test("a folder that does not exist is an error naming it, before any dashboard is read; an empty one says so")
    func missingAndEmptyFolder() async throws {
        let held = try await HeldDashboards.filled(.grafana13)
        defer { held.emulator.stop() }
        held.emulator.resetRequestLog()
        try await withFolder { folder in
            let command = try importCommand(held.emulator, ["--from-grafana", "--folder", "team-a", "--folder", "no-such-folder", "--out", folder.path])
            let error = try await #require(throws: CLIError.self) { try await command.run() }
            #expect(error.description == #"Grafana has no folder with uid "no-such-folder" (GET /api/folders/no-such-folder answered 404); a folder's uid is the part of its URL after /dashboards/f/"#)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
            #expect(!held.emulator.requests.contains { $0.path == "/api/search" || $0.path.contains("/dashboards/") })

            let client = GrafanaClient(try GrafanaConnection(baseURL: held.emulator.baseURL, credentials: .token("glsa_import")))
            _ = try await client.createFolder(uid: "empty", title: "Empty")
            let empty = try importCommand(held.emulator, ["--from-grafana", "--folder", "empty", "--out", folder.path])
            let nothing = try await #require(throws: CLIError.self) { try await empty.run() }
            #expect(nothing.description == "Grafana holds no dashboards in folder empty (subfolders are not included: give each with --folder); nothing was imported")
        }
    }

    @Test("a folder of more dashboards than a search page holds is read page by page, every one imported", arguments: GrafanaEmulator.Release.allCases)
    func pagedListing(_ release: GrafanaEmulator.Release) async throws {
        let emulator = try GrafanaEmulator(options: .release(release))
        defer { emulator.stop() }
        emulator.addServiceAccountToken("glsa_import", role: .editor)
        let client = GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token("glsa_import")))
        _ = try await client.createFolder(uid: "many", title: "Many")
        // One more than a page of 1000 in the folder, and one outside it.
        for number in 0...1000 {
            _ = try await client.saveDashboard(DashboardSave(dashboard: ["title": .string("Service \(number)"), "uid": .string("service-\(number)"), "panels": []],
                                                             folderUID: "many"))
        }
        _ = try await client.saveDashboard(DashboardSave(dashboard: ["title": "Elsewhere", "uid": "elsewhere", "panels": []]))
        let (imported, failures) = try await imports(try importCommand(emulator, ["--from-grafana", "--folder", "many"]))
        #expect(failures.isEmpty)
        let all = Set(imported.keys) == Set((0...1000).map { "service-\($0)" })
        #expect(all, "\(imported.count) of the 1001 dashboards imported")
        #expect(emulator.requests.filter { $0.path == "/api/search" }.count == 2)
    }

    @Test("--folder and --uid without --from-grafana are refused when parsed")
    func selectionNeedsFromGrafana() throws {
        #expect(throws: (any Error).self) { try ImportCommand.parse(["x.json", "--folder", "team-a"]) }
        #expect(throws: (any Error).self) { try ImportCommand.parse(["--uid", "edge"]) }
    }

    /// An emulator of `release` holding the edge fixture as a classic dashboard (uid `edge`) and,
    /// on 12/13, a dashboard saved from the UI in the v2 schema (uid `dyn`).
    func grafana(_ release: GrafanaEmulator.Release) async throws -> GrafanaEmulator {
        let emulator = try GrafanaEmulator(options: .release(release))
        emulator.addServiceAccountToken("glsa_import", role: .editor)
        emulator.addUser(login: "alice", password: "alice-pw", role: .editor)
        var model = try #require(try JSONParser.parse(Data(contentsOf: Locations.fixtures.appendingPathComponent("edge.dashboard.json"))).objectValue)
        model["uid"] = "edge"
        model["id"] = nil
        let client = GrafanaClient(try GrafanaConnection(baseURL: emulator.baseURL, credentials: .token("glsa_import")))
        _ = try await client.saveDashboard(DashboardSave(dashboard: .object(model)))
        if release != .grafana11 {
            emulator.saveFromDynamicDashboardsUI(uid: "dyn", spec: [
                "title": "Dynamic", "elements": [:], "layout": ["kind": "GridLayout", "spec": ["items": []]],
            ], as: "alice")
        }
        return emulator
    }

    @Test("--from-grafana --uid reads a dashboard through the API the release serves", arguments: GrafanaEmulator.Release.allCases)
    func importFromGrafana(_ release: GrafanaEmulator.Release) async throws {
        let emulator = try await grafana(release)
        defer { emulator.stop() }
        try await withFolder { folder in
            let command = try importCommand(emulator, ["--from-grafana", "--uid", "edge", "--out", folder.path])
            try await command.run()
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(written.count == 1 && written[0].hasSuffix(".swift"))
            #expect(emulator.requests.contains { $0.path.hasPrefix("/apis/dashboard.grafana.app/") } == (release != .grafana11))
        }
    }

    @Test("a v2-stored dashboard: 13.x's conversion is imported; 12.x, which cannot convert it, is named and nothing is written for it")
    func importV2Stored() async throws {
        for release in [GrafanaEmulator.Release.grafana12, .grafana13] {
            let emulator = try await grafana(release)
            defer { emulator.stop() }
            try await withFolder { folder in
                let command = try importCommand(emulator, ["--from-grafana", "--uid", "dyn", "--out", folder.path])
                if release == .grafana12 {
                    let error = try await #require(throws: CLIError.self) { try await command.run() }
                    #expect(error.description == "1 of 1 dashboards could not be imported; nothing was written for it")
                    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
                } else {
                    try await command.run()
                    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
                }
            }
        }
    }
}
