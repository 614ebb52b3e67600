import Foundation
import GraftHigress
@testable import GraftHigressConsole
import GraftHTTP
import GraftJSON
import GraftTestSupport
import Testing

@Suite("Higress console client against the console emulator")
struct HigressConsoleTests {
    let console: HigressConsoleEmulator

    init() throws { console = try HigressConsoleEmulator(user: "admin", password: "console-pw") }

    func client(password: String = "console-pw") throws -> HigressConsoleClient {
        let fastRetry = RetryPolicy(maximumAttempts: 30, initialDelay: .milliseconds(1), maximumDelay: .milliseconds(20), totalTimeLimit: .seconds(60))
        return HigressConsoleClient(try HigressConsoleConnection(baseURL: console.baseURL, user: "admin", password: password, retry: fastRetry))
    }

    @Test("sets the MAIN, AI and LOG dashboard URLs", arguments: ConsoleSlot.allCases)
    func setURL(_ slot: ConsoleSlot) async throws {
        let url = "https://grafana.example.com/d/higress-\(slot.rawValue.lowercased())/higress?orgId=1&kiosk"
        let info = try await client().setDashboardURL(url, for: slot)
        #expect(!info.builtIn && info.uid == nil && info.url == url)
        #expect(console.storedURL(type: slot.rawValue) == url)
        #expect(try await client().dashboardInfo(slot).url == url)
        #expect(console.requests.contains("PUT /dashboard/info?type=\(slot.rawValue)"))
        for other in ConsoleSlot.allCases where other != slot { #expect(console.storedURL(type: other.rawValue) == nil) }
    }

    @Test("built-in mode refuses a manual URL, in one sentence")
    func builtIn() async throws {
        console.setBuiltIn(true)
        let error = try await #require(throws: APIError.self) { try await client().setDashboardURL("https://g/d/x", for: .ai) }
        print(error)
        #expect(error.description == "The Higress console answered 500 Internal Server Error when setting the AI dashboard URL, saying \"IllegalStateException: Manual dashboard configuration is disabled.\"")
        #expect(try await client().dashboardInfo(.ai).builtIn)
    }

    @Test("a wrong password is a 401 in one sentence")
    func unauthorized() async throws {
        let error = try await #require(throws: APIError.self) { try await client(password: "wrong").dashboardInfo(.main) }
        print(error)
        #expect(error.statusCode == 401)
        #expect(error.description.hasPrefix("The Higress console answered 401 Unauthorized when reading the MAIN dashboard setting, saying \"AuthException:"))
    }

    @Test("slot names read in any case", arguments: [("ai", ConsoleSlot.ai), ("Log", .log), ("MAIN", .main)])
    func slotNames(_ name: String, _ slot: ConsoleSlot) {
        #expect(ConsoleSlot(name: name) == slot)
    }
}

@Suite("A console that keeps another plugin configuration")
struct ConsolePluginMismatchTests {
    @Test("names the keys it changed, dropped or added, or that it left the instance off")
    func describesTheDifference() {
        let mismatch = ConsolePluginMismatch(plugin: "ai-statistics", route: "ai-route-qwen.internal",
                                             expected: ["attributes": [], "value_length_limit": 4000],
                                             found: ["attributes": [], "enable_content_types": ["*"]], enabled: true)
        #expect(mismatch.description == "the Higress console keeps another ai-statistics configuration on route ai-route-qwen.internal than the catalog's: it changed or dropped value_length_limit and added enable_content_types")
        var off = mismatch
        off.enabled = false
        #expect(off.description == "the Higress console left the ai-statistics instance of route ai-route-qwen.internal switched off")
    }

    @Test("route and key names from the console are escaped: no terminal escape sequence reaches the message")
    func sanitizesTheConsolesNames() {
        let mismatch = ConsolePluginMismatch(plugin: "ai-statistics", route: "r\u{1B}]0;owned\u{7}",
                                             expected: ["a": 1], found: ["k\u{1B}[2J": 2], enabled: true)
        #expect(!mismatch.description.contains("\u{1B}") && !mismatch.description.contains("\u{7}"), "\(mismatch.description)")
        #expect(mismatch.description.contains("route r\\u{1B}]0;owned\\u{7}") && mismatch.description.contains("added k\\u{1B}[2J"), "\(mismatch.description)")
        var off = mismatch
        off.enabled = false
        #expect(!off.description.contains("\u{1B}"), "\(off.description)")
    }
}
