import ArgumentParser
import Foundation
import GraftTestSupport
import Testing
@testable import GraftCLI

@Suite("graft console set-url")
struct ConsoleCommandTests {
    func setURL(_ arguments: [String], console: HigressConsoleEmulator) async throws {
        var command = try ConsoleCommand.parseAsRoot(["set-url"] + arguments + [
            "--higress-console", console.baseURL.absoluteString, "--console-user", "admin", "--console-password", "console-secret",
        ])
        guard var command = command as? AsyncParsableCommand else { return try command.run() }
        try await command.run()
    }

    @Test("sets MAIN, AI and LOG, each with its time range stripped")
    func setsEverySlot() async throws {
        let console = try HigressConsoleEmulator(user: "admin", password: "console-secret")
        defer { console.stop() }
        for (slot, uid) in [("MAIN", "higress-main"), ("ai", "femmnlw6z39xcb"), ("Log", "higress-logs")] {
            try await setURL([slot, "https://grafana.example/d/\(uid)/x?orgId=1&from=now-6h&to=now&var-gateway=gw"], console: console)
        }
        #expect(console.storedURL(type: "MAIN") == "https://grafana.example/d/higress-main/x?orgId=1&var-gateway=gw")
        #expect(console.storedURL(type: "AI") == "https://grafana.example/d/femmnlw6z39xcb/x?orgId=1&var-gateway=gw")
        #expect(console.storedURL(type: "LOG") == "https://grafana.example/d/higress-logs/x?orgId=1&var-gateway=gw")
    }

    @Test("in built-in mode the console's refusal is one sentence")
    func builtInMode() async throws {
        let console = try HigressConsoleEmulator(user: "admin", password: "console-secret")
        defer { console.stop() }
        console.setBuiltIn(true)
        do {
            try await setURL(["AI", "https://grafana.example/d/abc/x"], console: console)
            Issue.record("set-url succeeded in built-in mode")
        } catch {
            #expect("\(error)" == #"The Higress console answered 500 Internal Server Error when setting the AI dashboard URL, saying "IllegalStateException: Manual dashboard configuration is disabled.""#)
        }
        #expect(console.storedURL(type: "AI") == nil)
    }
}
