import ArgumentParser
import Foundation
import GraftGrafana
import GraftJSON
import GraftTestSupport
import Testing
@testable import GraftCLI

extension CommandTests {
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

    @Test("--from-grafana reads a dashboard through the API the release serves", arguments: GrafanaEmulator.Release.allCases)
    func importFromGrafana(_ release: GrafanaEmulator.Release) async throws {
        let emulator = try await grafana(release)
        defer { emulator.stop() }
        try await withFolder { folder in
            let command = try ImportCommand.parse(["--from-grafana", "edge", "--grafana-url", emulator.baseURL.absoluteString,
                                                   "--token", "glsa_import", "--out", folder.path])
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
                let command = try ImportCommand.parse(["--from-grafana", "dyn", "--grafana-url", emulator.baseURL.absoluteString,
                                                       "--token", "glsa_import", "--out", folder.path])
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
