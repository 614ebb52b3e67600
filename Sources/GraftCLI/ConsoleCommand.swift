import ArgumentParser
import Foundation
import GraftCatalog
import GraftHigress
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftGrafana
import GraftHigressConsole
import GraftURL

/// `graft console`: the Higress console's monitoring dashboard settings.
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Read or set the dashboard URLs the Higress console embeds (MAIN, AI, LOG), and the catalog's plugins on its routes.",
        discussion: """
        The console is reached with basic auth: --higress-console, --console-user, --console-password \
        or HIGRESS_CONSOLE_URL, HIGRESS_CONSOLE_USER, HIGRESS_CONSOLE_PASSWORD.

        Examples:
          graft console get
          graft console set-url AI https://grafana.example.com/d/higress-ai/higress-ai?from=now-1h&to=now
          graft console set-url MAIN --dashboard higress-main --grafana-url https://grafana.example.com --kiosk
          graft console set-plugin ai-statistics --route ai-route-qwen.internal
        """,
        subcommands: [SetURL.self, Get.self, SetPlugin.self])

    /// Reads a slot name in any case.
    static func slot(_ text: String) throws -> ConsoleSlot {
        guard let slot = ConsoleSlot(name: text) else {
            throw ValidationError("\(text) is not a console dashboard slot: use MAIN, AI or LOG.")
        }
        return slot
    }

    /// `graft console set-url`.
    struct SetURL: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-url",
            abstract: "Set the URL of one console dashboard slot, its time range stripped.",
            discussion: """
            Give the URL, or --dashboard UID to compose it from the Grafana URL (--grafana-url or \
            GRAFANA_URL). The time range (from, to, time, time.window) is removed so the console's \
            page shows the dashboard's own; the result must fit the console's 256-character field.

            Examples:
              graft console set-url AI 'https://grafana.example.com/d/higress-ai/x?orgId=1&from=now-6h&to=now'
              graft console set-url LOG --dashboard higress-logs --kiosk
            """)

        @Argument(help: "MAIN, AI or LOG.", transform: ConsoleCommand.slot)
        var slot: ConsoleSlot

        @Argument(help: "The dashboard URL; leave out with --dashboard.")
        var url: String?

        @Option(name: .long, help: ArgumentHelp("Compose the URL for the dashboard with this uid.", valueName: "uid"))
        var dashboard: String?

        @Flag(name: .long, help: "Add kiosk to the composed URL (Grafana's navigation hidden).")
        var kiosk = false

        @OptionGroup(title: "Grafana (for --dashboard: its URL and --org-id)")
        var grafana: GrafanaOptions

        @OptionGroup(title: "Higress console")
        var console: HigressConsoleOptions

        func validate() throws {
            guard (url == nil) != (dashboard == nil) else { throw ValidationError("Give either a URL or --dashboard UID, not both or neither.") }
        }

        func run() async throws {
            let target = try embedURL()
            guard HigressConsoleURLField.accepts(target) else {
                throw CLIError("the URL is \(HigressConsoleURLField.length(of: target)) characters long and the Higress console's field takes at most \(HigressConsoleURLField.maximumLength): drop variables or use a shorter Grafana URL")
            }
            let info = try await console.client().setDashboardURL(target, for: slot)
            print("\(slot): \(MessageText.sanitized(info.url ?? target))")
        }

        /// The URL to store: the one given with its time range stripped, or one composed for `--dashboard`.
        private func embedURL() throws -> String {
            do {
                if let url {
                    let parsed = try DashboardURL(parsing: url)
                    guard parsed.userInfo == nil else { throw CLIError("the URL holds credentials before its host: give it without them, the console shows it to every user") }
                    return parsed.strippingTimeRange().url.description
                }
                // The connection's base URL has no user-info: a password never lands in the console.
                let connection = try grafana.connection()
                return try GrafanaBaseURL(parsing: connection.baseURL.absoluteString)
                    .embedURL(for: DashboardEmbed(uid: dashboard ?? "", orgID: connection.organizationID, kiosk: kiosk)).description
            } catch let error as DashboardURLError {
                throw CLIError("\(error)")
            }
        }
    }

    /// `graft console get`.
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Print the console's dashboard settings.",
            discussion: """
            Examples:
              graft console get          # MAIN, AI and LOG
              graft console get ai
            """)

        @Argument(help: "Slots to read (default: all).", transform: ConsoleCommand.slot)
        var slots: [ConsoleSlot] = []

        @OptionGroup(title: "Higress console")
        var console: HigressConsoleOptions

        func run() async throws {
            let client = try console.client()
            for slot in slots.isEmpty ? ConsoleSlot.allCases : slots {
                let info = try await client.dashboardInfo(slot)
                let mode = info.builtIn ? " (built-in Grafana: set by the console itself)" : ""
                print("\(slot): \(info.url.map { MessageText.sanitized($0) } ?? "(not set)")\(mode)")
            }
        }
    }
}
