import ArgumentParser
import Foundation
import Graft
import Testing
@testable import GraftCLI

@Suite("graft render")
struct RenderCommandTests {
    /// A fresh folder holding `dashboards/` and `manifests/` as a previous render left them.
    func outputFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-render-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/dashboards", withIntermediateDirectories: true)
        try Data("previous render\n".utf8).write(to: URL(fileURLWithPath: folder + "/dashboards/broken.json"))
        return folder
    }

    /// Every file below `folder` with its bytes.
    func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder)! {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)) }
        }
        return files
    }

    /// A catalog of one dashboard that renders.
    static let fineCatalog = Catalog("fine") { Dashboard("Broken", uid: "broken") { Row("R") { Stat("Ok") } } }

    func run(_ arguments: [String], catalog: Catalog) async throws {
        try await CatalogContext.$current.withValue(catalog) {
            var command = try RenderCommand.parseAsRoot(arguments)
            if var command = command as? AsyncParsableCommand { try await command.run() } else { try command.run() }
        }
    }

    static let brokenDashboards: [(String, Dashboard, String)] = [
        ("width over 24", Dashboard("Broken", uid: "broken") { Row("R") { Stat("Wide").size(width: 25) } },
         #"panel "Wide" (stat, row "R"): width 25"#),
        ("x + w over 24", Dashboard("Broken", uid: "broken") { Row("R") { Stat("Edge").position(x: 22, y: 0) } },
         #"panel "Edge" (stat, row "R"): x 22 + width 6"#),
        ("overlap", Dashboard("Broken", uid: "broken") { Row("R") { Stat("One"); Stat("Two").position(x: 0, y: 3) } },
         #"panel "Two" (stat, row "R"): overlaps panel "One""#),
        ("duplicate id", Dashboard("Broken", uid: "broken") { Row("R") { Stat("One").id(3); Stat("Two").id(3) } },
         #"panel "Two" (stat, row "R"): id 3 is also the id of panel "One""#),
        ("empty title", Dashboard("Broken", uid: "broken") { Row("R") { Stat("") } },
         #"panel 1 (stat, untitled, row "R"): has an empty title"#),
    ]

    @Test("a layout error exits non-zero naming the dashboard and the panel, and leaves every file unchanged",
          arguments: brokenDashboards)
    func layoutErrors(_ name: String, _ dashboard: Dashboard, _ message: String) async throws {
        let folder = try outputFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = Catalog("broken") {
            Dashboard("Fine", uid: "fine") { Row("R") { Stat("Ok") } }
            dashboard
        }
        let before = try snapshot(folder)
        do {
            try await run(["--out", folder], catalog: catalog)
            Issue.record("\(name): render succeeded")
        } catch {
            #expect(GraftCommand.exitCode(for: error) != .success, "\(name)")
            #expect("\(error)".hasPrefix(#"dashboard "Broken", "#), "\(name): \(error)")
            #expect("\(error)".contains(message), "\(name): \(error)")
        }
        #expect(try snapshot(folder) == before, "\(name): files changed")
    }

    @Test("render writes every file whole, and --check then passes; --check names a file that differs and writes nothing")
    func writeThenCheck() async throws {
        let folder = try outputFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = RenderCommandTests.fineCatalog
        try await run(["--out", folder], catalog: catalog)
        let written = try snapshot(folder)
        #expect(written["dashboards/broken.json"].map { String(decoding: $0, as: UTF8.self) }
            == (try catalog.renderDashboards().first.map { String(decoding: $0.json, as: UTF8.self) }))
        #expect(!written.keys.contains { $0.contains(".tmp") }, "a temporary file was left behind")
        try await run(["--out", folder, "--check"], catalog: catalog)

        try Data("edited by hand".utf8).write(to: URL(fileURLWithPath: folder + "/dashboards/broken.json"))
        let edited = try snapshot(folder)
        await #expect(throws: CLIError.self) { try await run(["--out", folder, "--check"], catalog: catalog) }
        #expect(try snapshot(folder) == edited)
    }

    @Test("a 600 KB dashboard renders with the default settings; one line names the kubectl apply --server-side its ConfigMap needs")
    func bigDashboardRenders() async throws {
        let folder = try outputFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 200 notes of 3,000 characters each, every one different so that the JSON is about 600 KB.
        let notes = (0..<200).map { index in
            Text("Note \(index)", content: (0..<300).map { "\(index)-\($0 * 7919 % 1000)" }.joined(separator: " ").padding(toLength: 3_000, withPad: ".", startingAt: 0))
        }
        let catalog = Catalog("big") { Dashboard("Big", uid: "big") { notes.map { DashboardItem.panel($0.spec) } } }
        try await run(["--out", folder], catalog: catalog)
        let files = try CatalogContext.$current.withValue(catalog) { try CatalogContext.require().renderFiles() }
        let json = try #require(files.first { $0.path == "dashboards/big.json" })
        #expect(json.bytes.count > 600_000)
        let lines = RenderCommand.serverSideLines(files) { folder + "/" + $0.path }
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("server-side apply: kubectl apply --server-side -f \(folder)/manifests/sidecar/big.configmap.yaml  (ConfigMap monitoring/grafana-dashboard-big holds a ") == true)
        let resource = try String(contentsOfFile: folder + "/manifests/grafana-operator/big.grafanadashboard.yaml", encoding: .utf8)
        #expect(resource.contains("  gzipJson: H4sI"))
        await #expect(throws: Never.self) { try await run(["--out", folder, "--check"], catalog: catalog) }
    }
}
