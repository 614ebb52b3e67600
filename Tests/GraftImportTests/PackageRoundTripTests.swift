import ArgumentParser
import Foundation
import GraftJSON
import GraftTestSupport
import Testing
@testable import GraftCLI
@testable import GraftImport

/// The one test that compiles generated Swift for real: `graft init` a package with a copy of the
/// built `graft` alone in a folder (so the templates and Graft's path come from the binary, not from
/// the source tree), `graft import --into` it every fixture and the reference, and the fixtures again
/// as an emulated Grafana 13 holds them (`--from-grafana`), then `make run` and `make test` there. It builds Graft in a new package, so it takes a few minutes.
@Suite("A package from graft init, with every fixture imported, built and rendered by make")
struct PackageRoundTripTests {
    @Test("make run renders each imported dashboard as its file: byte for byte for exports, equal JSON otherwise; make test passes",
          .enabled(if: Locations.repository != nil, "skipped: the repository holding the templates is not above this file"),
          .timeLimit(.minutes(30)))
    func initImportRenderAndTest() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("graft-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let graft = scratch.appendingPathComponent("graft")
        try FileManager.default.copyItem(at: TestEnvironment.builtProduct("graft"), to: graft)
        let initialized = try await run(graft, ["init", "imported-dashboards"], in: scratch, log: "init")
        #expect(initialized.status == 0, "graft init failed:\n\(initialized.output.suffix(4000))")
        guard initialized.status == 0 else { return }
        let package = scratch.appendingPathComponent("imported-dashboards")
        let manifest = try String(contentsOf: package.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(".package(path: \"\(try #require(StarterPackage.builtCheckout))\")"), "Graft is not the checkout graft was built from")
        let inputs = Locations.fixtureFiles + (Locations.reference.map { [$0] } ?? [])
        // Dashboards as teams bring them: no uid, Grafana 12/13 resources (not the expected classic files beside them).
        // And a 600 KB one, which the default delivery settings must still render (gzipJson, a server-side ConfigMap).
        let big = scratch.appendingPathComponent("runbook-600k.dashboard.json")
        try Data(Locations.bigDashboard(atLeast: 600_000)).write(to: big)
        let adopted = Locations.adoptionImports + [big]
        try await ImportCommand.parse((inputs + adopted).map(\.path) + ["--into", package.path]).run()
        // And the same fixtures as a Grafana 13 holds them, under other uids and titles, read through its API.
        let held = try await HeldDashboards.filled(.grafana13, uidPrefix: "live-", titlePrefix: "Live ")
        defer { held.emulator.stop() }
        let fromGrafana = try ImportCommand.parse(["--from-grafana", "--grafana-url", held.emulator.baseURL.absoluteString, "--token", "glsa_import",
                                                   "--into", package.path])
        let refusal = try await #require(throws: CLIError.self) { try await fromGrafana.run() }
        #expect(refusal.description.hasPrefix("\(held.refused.count) of \(held.expected.count + held.refused.count) dashboards could not be imported"))

        let run = try await make("run", in: package)
        #expect(run.status == 0, "make run failed:\n\(run.output.suffix(4000))")
        let warnings = run.output.split(separator: "\n").filter { $0.contains("warning:") && $0.contains("Sources/Observability") }
        #expect(warnings.isEmpty, "the generated Swift compiles with warnings:\n\(warnings.joined(separator: "\n"))")
        guard run.status == 0 else { return }

        let rendered = try renderedDashboards(in: package)
        for input in inputs {
            let bytes = try Locations.bytes(input)
            var importer = DashboardImporter()
            let form = try importer.importDashboard(bytes, file: input.lastPathComponent).form
            var expected = try JSONParser.parse(bytes)
            if form == .apiResponse { expected = expected["dashboard"]! }
            let uid = try #require(expected["uid"]?.stringValue)
            let output = try #require(rendered[uid], "no dashboards/*.json with uid \(uid) for \(input.lastPathComponent)")
            if form == .export {
                #expect(output == bytes, "\(input.lastPathComponent) does not render byte for byte")
            } else {
                #expect(try JSONParser.parse(output) == expected, "\(input.lastPathComponent) does not render as the same JSON")
            }
        }
        for input in adopted {
            var importer = DashboardImporter()
            let imported = try importer.importDashboard(Locations.bytes(input), file: input.lastPathComponent)
            let expected = try JSONParser.parse(imported.renderedJSON)
            let uid = try #require(expected["uid"]?.stringValue)
            let output = try #require(rendered[uid], "no dashboards/*.json with uid \(uid) for \(input.lastPathComponent)")
            #expect(try JSONParser.parse(output) == expected, "\(input.lastPathComponent) does not render as its import did")
        }
        for (uid, expected) in held.expected {
            let output = try #require(rendered[uid], "no dashboards/*.json with uid \(uid) for the dashboard Grafana held")
            if let difference = JSONDifference.first(HeldDashboards.withoutServerFields(try JSONParser.parse(output)), expected, at: .root) {
                Issue.record("grafana:\(uid) renders \(difference.description) at \(difference.path), not what Grafana held")
            }
        }
        #expect(rendered["example-app"] != nil, "the example dashboard is not rendered")
        let bigResource = try String(contentsOf: package.appendingPathComponent("manifests/grafana-operator/runbook-600-kb.grafanadashboard.yaml"), encoding: .utf8)
        #expect(bigResource.contains("  gzipJson: H4sI"), "the 600 KB dashboard's GrafanaDashboard is not gzipped")
        #expect(run.output.contains("server-side apply: kubectl apply --server-side -f manifests/sidecar/runbook-600-kb.configmap.yaml"),
                "make run does not name the ConfigMap that needs a server-side apply")

        let test = try await make("test", in: package)
        #expect(test.status == 0, "make test failed:\n\(test.output.suffix(4000))")
        if run.status == 0 && test.status == 0 { try? FileManager.default.removeItem(at: scratch) }
    }

    /// Runs `make target` in `folder`; its exit status and output.
    private func make(_ target: String, in folder: URL) async throws -> (status: Int32, output: String) {
        try await run(URL(fileURLWithPath: "/usr/bin/env"), ["make", target], in: folder, log: "make-\(target)")
    }

    /// Runs `executable` with `arguments` in `folder`, its output kept in `folder/.<log>.log`; its exit status and output.
    private func run(_ executable: URL, _ arguments: [String], in folder: URL, log name: String) async throws -> (status: Int32, output: String) {
        let log = folder.appendingPathComponent(".\(name).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = handle
        process.standardError = handle
        try await process.runUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    /// The files under `dashboards/`, by the uid of the dashboard each holds.
    private func renderedDashboards(in package: URL) throws -> [String: [UInt8]] {
        let folder = package.appendingPathComponent("dashboards")
        var result: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let bytes = try Locations.bytes(folder.appendingPathComponent(name))
            if let uid = try JSONParser.parse(bytes)["uid"]?.stringValue { result[uid] = bytes }
        }
        return result
    }
}
