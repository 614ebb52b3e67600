import ArgumentParser
import Foundation
import Graft
import GraftTestSupport
import Testing
@testable import GraftCLI

@Suite("graft push with the Higress console")
struct PushCommandTests {
    func run(_ arguments: [String], catalog: Catalog) async throws {
        try await CatalogContext.$current.withValue(catalog) {
            var command = try PushCommand.parseAsRoot(arguments)
            if var command = command as? AsyncParsableCommand { try await command.run() } else { try command.run() }
        }
    }

    let catalog = Catalog("console") {
        Dashboard("Gateway AI", uid: "gateway-ai") { Row("Traffic") { Stat("Requests") { Prometheus("sum(rate(up[5m]))") } } }
            .datasource(.prometheus())
            .console(.ai)
        Dashboard("Other", uid: "other") { Row("R") { Stat("S") } }
    }

    /// A Grafana emulator with a Prometheus datasource and an editor token, and a console emulator.
    func emulators() throws -> (grafana: GrafanaEmulator, console: HigressConsoleEmulator, arguments: [String]) {
        let grafana = try GrafanaEmulator(options: GrafanaEmulator.Options())
        grafana.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prometheus:9090", uid: "prom")
        grafana.addServiceAccountToken("glsa_push_test", role: .editor)
        let console = try HigressConsoleEmulator(user: "admin", password: "console-secret")
        let arguments = ["--grafana-url", grafana.baseURL.absoluteString, "--token", "glsa_push_test",
                         "--higress-console", console.baseURL.absoluteString, "--console-user", "admin", "--console-password", "console-secret"]
        return (grafana, console, arguments)
    }

    @Test("--higress-console points the slot a catalog dashboard fills at its pushed URL; other slots stay")
    func setsTheCatalogSlots() async throws {
        let (grafana, console, arguments) = try emulators()
        defer { grafana.stop(); console.stop() }
        try await run(arguments, catalog: catalog)
        #expect(console.storedURL(type: "AI") == grafana.baseURL.absoluteString + "/d/gateway-ai/gateway-ai")
        #expect(console.storedURL(type: "MAIN") == nil)
        #expect(console.storedURL(type: "LOG") == nil)
    }

    @Test("a dry run with --higress-console changes neither Grafana nor the console")
    func dryRunChangesNothing() async throws {
        let (grafana, console, arguments) = try emulators()
        defer { grafana.stop(); console.stop() }
        try await run(["--dry-run"] + arguments, catalog: catalog)
        #expect(console.storedURL(type: "AI") == nil)
        #expect(grafana.writeRequestCount == 0)
    }
}

@Suite("graft push on Grafana 13")
struct PushCommandReleaseTests {
    @Test("--prune through the command line deletes what left the catalog, owned by the catalog's name; --namespace picks the namespace")
    func prune() async throws {
        var options = GrafanaEmulator.Options.release(.grafana13)
        options.namespace = "stacks-42"
        let grafana = try GrafanaEmulator(options: options)
        defer { grafana.stop() }
        grafana.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prometheus:9090", uid: "prom")
        grafana.addServiceAccountToken("glsa_push_test", role: .editor)
        let arguments = ["--grafana-url", grafana.baseURL.absoluteString, "--token", "glsa_push_test", "--namespace", "stacks-42"]
        let both = Catalog("gateway") {
            Dashboard("Kept", uid: "kept") { Row("R") { Stat("S") { Prometheus("up") } } }.datasource(.prometheus())
            Dashboard("Gone", uid: "gone") { Row("R") { Stat("S") { Prometheus("up") } } }.datasource(.prometheus())
        }
        try await PushCommandTests().run(arguments, catalog: both)
        #expect(grafana.dashboard(uid: "gone")?.annotations["grafana.app/managerId"] == "gateway")
        let one = Catalog("gateway") {
            Dashboard("Kept", uid: "kept") { Row("R") { Stat("S") { Prometheus("up") } } }.datasource(.prometheus())
        }
        try await PushCommandTests().run(arguments + ["--prune"], catalog: one)
        #expect(Set(grafana.dashboards.keys) == ["kept"])
    }
}
