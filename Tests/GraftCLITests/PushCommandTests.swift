import ArgumentParser
import Foundation
import Graft
import GraftHigress
import GraftJSON
import GraftTestSupport
import HigressCatalog
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

    /// A Grafana emulator with a Prometheus datasource and a token of `role` (an editor's by default), and a console emulator.
    func emulators(role: GrafanaEmulator.Role = .editor) throws -> (grafana: GrafanaEmulator, console: HigressConsoleEmulator, arguments: [String]) {
        let grafana = try GrafanaEmulator(options: GrafanaEmulator.Options())
        grafana.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prometheus:9090", uid: "prom")
        grafana.addServiceAccountToken("glsa_push_test", role: role)
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

    @Test("the Higress catalog fills MAIN, AI and LOG, binds Prometheus and Loki, and sets ai-statistics on every AI route")
    func theHigressCatalogFillsTheConsole() async throws {
        // Creating the Loki datasource takes an admin (datasources:create).
        let (grafana, console, arguments) = try emulators(role: .admin)
        defer { grafana.stop(); console.stop() }
        console.addAIRoute("qwen")
        console.addAIRoute("deepseek")
        console.addRoute("plain-route")
        try await run(arguments + ["--loki-url", "http://loki.monitoring:3100"], catalog: higressCatalog)
        let base = grafana.baseURL.absoluteString
        #expect(console.storedURL(type: "MAIN") == base + "/d/higress-main/higress-gateway")
        #expect(console.storedURL(type: "AI") == base + "/d/femmnlw6z39xcb/higress-ai")
        #expect(console.storedURL(type: "LOG") == base + "/d/higress-logs/higress-access-logs")
        #expect(Set(grafana.dashboards.keys) == ["higress-main", "femmnlw6z39xcb", "higress-logs"])
        // Loki was created for the LOG dashboard's input; the Prometheus there was reused.
        #expect(grafana.datasources.map(\.type).sorted() == ["loki", "prometheus"])
        #expect(grafana.datasources.first { $0.type == "loki" }?.url == "http://loki.monitoring:3100")
        // Each AI route's ai-statistics instance is the catalog's configuration, switched on; the plain route is left alone.
        let expected = higressAIStatisticsConfig.configuration
        #expect(expected["attributes"]?.arrayValue?.count == 11)
        for route in ["ai-route-qwen.internal", "ai-route-deepseek.internal"] {
            let instance = try #require(console.pluginInstance("ai-statistics", route: route))
            #expect(instance.enabled)
            #expect(instance.configurations == expected)
            #expect(instance.version == 2)
        }
        #expect(console.pluginInstance("ai-statistics", route: "plain-route") == nil)
        // Pushing again changes nothing in Grafana and writes the same configuration.
        try await run(arguments + ["--loki-url", "http://loki.monitoring:3100"], catalog: higressCatalog)
        #expect(grafana.datasources.count == 2)
        #expect(console.pluginInstance("ai-statistics", route: "ai-route-qwen.internal")?.configurations == expected)
    }

    @Test("a dry run with the Higress catalog leaves every AI route's ai-statistics instance as the console has it")
    func dryRunLeavesThePlugins() async throws {
        let (grafana, console, arguments) = try emulators(role: .admin)
        defer { grafana.stop(); console.stop() }
        console.addAIRoute("qwen")
        try await run(["--dry-run", "--loki-url", "http://loki.monitoring:3100"] + arguments, catalog: higressCatalog)
        #expect(console.pluginInstance("ai-statistics", route: "ai-route-qwen.internal")?.configurations == ["use_default_response_attributes": true])
        #expect(console.pluginInstance("ai-statistics", route: "ai-route-qwen.internal")?.version == 1)
        #expect(!console.requests.contains { $0.hasPrefix("PUT") })
        #expect(grafana.writeRequestCount == 0)
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
