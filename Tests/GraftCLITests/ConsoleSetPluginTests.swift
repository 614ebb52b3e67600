import ArgumentParser
import Foundation
import GraftHigress
import GraftJSON
import GraftTestSupport
import HigressCatalog
import Testing
@testable import GraftCLI

@Suite("graft console set-plugin")
struct ConsoleSetPluginTests {
    func setPlugin(_ arguments: [String], console: HigressConsoleEmulator) async throws {
        try await CatalogContext.$current.withValue(higressCatalog) {
            var command = try ConsoleCommand.parseAsRoot(["set-plugin"] + arguments + [
                "--higress-console", console.baseURL.absoluteString, "--console-user", "admin", "--console-password", "console-secret",
            ])
            guard var command = command as? AsyncParsableCommand else { return try command.run() }
            try await command.run()
        }
    }

    /// A console with the AI routes `qwen` and `deepseek`, each with the console's default ai-statistics instance.
    func consoleWithTwoAIRoutes() throws -> HigressConsoleEmulator {
        let console = try HigressConsoleEmulator(user: "admin", password: "console-secret")
        console.addAIRoute("qwen")
        console.addAIRoute("deepseek")
        return console
    }

    @Test("sets the catalog's ai-statistics configuration on the named route, replacing the console's default")
    func setsOneRoute() async throws {
        let console = try consoleWithTwoAIRoutes()
        defer { console.stop() }
        #expect(console.pluginInstance("ai-statistics", route: "ai-route-qwen.internal")?.configurations == ["use_default_response_attributes": true])
        try await setPlugin(["ai-statistics", "--route", "ai-route-qwen.internal"], console: console)
        #expect(console.pluginInstance("ai-statistics", route: "ai-route-qwen.internal")?.configurations == higressAIStatisticsConfig.configuration)
        #expect(console.pluginInstance("ai-statistics", route: "ai-route-qwen.internal")?.enabled == true)
        // The other AI route keeps the console's default.
        #expect(console.pluginInstance("ai-statistics", route: "ai-route-deepseek.internal")?.configurations == ["use_default_response_attributes": true])
        #expect(console.requests.contains("PUT /v1/routes/ai-route-qwen.internal/plugin-instances/ai-statistics"))
    }

    @Test("--every-ai-route sets it on the route of each AI route the console lists")
    func setsEveryAIRoute() async throws {
        let console = try consoleWithTwoAIRoutes()
        defer { console.stop() }
        try await setPlugin(["ai-statistics", "--every-ai-route"], console: console)
        for route in ["ai-route-qwen.internal", "ai-route-deepseek.internal"] {
            #expect(console.pluginInstance("ai-statistics", route: route)?.configurations == higressAIStatisticsConfig.configuration)
        }
    }

    @Test("an unknown route is the console's refusal, a plugin the catalog does not configure names the ones it does")
    func refusals() async throws {
        let console = try HigressConsoleEmulator(user: "admin", password: "console-secret")
        defer { console.stop() }
        do {
            try await setPlugin(["ai-statistics", "--route", "nope"], console: console)
            Issue.record("set-plugin succeeded on an unknown route")
        } catch {
            #expect("\(error)".contains("ValidationException: Unknown route: nope"), "\(error)")
        }
        do {
            try await setPlugin(["key-auth", "--route", "nope"], console: console)
            Issue.record("set-plugin succeeded for a plugin the catalog does not configure")
        } catch {
            #expect("\(error)" == #"the catalog configures no plugin "key-auth"; it configures ai-statistics"#, "\(error)")
        }
        #expect(throws: (any Error).self) { try ConsoleCommand.parseAsRoot(["set-plugin", "ai-statistics"]) }
        #expect(throws: (any Error).self) { try ConsoleCommand.parseAsRoot(["set-plugin", "ai-statistics", "--route", "a", "--every-ai-route"]) }
    }
}
