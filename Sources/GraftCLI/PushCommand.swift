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

/// `graft push`: provisions Grafana from the catalog.
struct PushCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Push the catalog's dashboards to Grafana: bind datasources, create folders, create or update dashboards.",
        discussion: """
        On Grafana 12 and 13 dashboards and folders go through the app-platform API         (/apis/dashboard.grafana.app, marked as managed by kubectl with the catalog's name);         on Grafana 11 through /api/dashboards/db. Dashboards equal to the code are left alone (no write). A dashboard whose last version \
        was saved by someone else (in the UI or through the API) is refused, naming who and when, \
        unless --force. Each dashboard prints one line as it finishes, then a summary; the exit \
        status is 1 when any dashboard failed, the others still land.

        Credentials come from flags or GRAFANA_URL, GRAFANA_TOKEN (or GRAFANA_USER and \
        GRAFANA_PASSWORD), GRAFANA_ORG_ID; prefer the variables, as flags show in the process list. \
        With a grafana-contexts.yaml in the catalog's package (named contexts: url, org-id or \
        namespace, the NAMES of the variables holding credentials, datasources; current-context), \
        --context NAME or its current-context picks one, --all-contexts pushes to all.

        Examples:
          GRAFANA_URL=https://grafana.example.com GRAFANA_TOKEN=glsa_... graft push
          graft push --dry-run                                  # plan, write nothing
          graft push --prometheus-url http://prometheus.monitoring:9090
          graft push --datasource DS_PROMETHEUS=prom-main --concurrency 8
          graft push --force                                    # overwrite edits made in Grafana
          graft push --prometheus-url http://prometheus:9090 --loki-url http://loki:3100
          graft push --prune --dry-run                          # list what left the catalog
          graft push --context staging                          # a context of grafana-contexts.yaml
          graft push --all-contexts                             # every context, concurrently
          graft push --higress-console http://higress-console.higress-system:8080   # then point the console at them
        """)

    @OptionGroup var target: GrafanaTargetOptions

    @Flag(name: .long, help: "Plan only: read Grafana, write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Overwrite dashboards edited outside Graft, without the version check.")
    var force = false

    @Flag(name: .long, help: "Delete the dashboards this catalog pushed that left it, then the folders Graft created left empty.")
    var prune = false

    @Option(name: .long, help: ArgumentHelp("How many dashboards to push at once, \(CountArgument<PushConcurrency>.rangeHelp).", valueName: "n"))
    var concurrency = CountArgument<PushConcurrency>(argument: "4")!

    /// With `--higress-console`: after pushing, the console slots (MAIN, AI, LOG) the catalog's dashboards fill are set,
    /// and the plugins the catalog asks for are set on the routes it names.
    @OptionGroup(title: "Higress console (after pushing, point the slots the catalog's dashboards fill at them and set the catalog's plugins)")
    var console: HigressConsoleOptions

    func run() async throws {
        let catalog = try CatalogContext.require()
        // The console's connection is checked before anything is pushed, so a bad flag writes nothing.
        let console = console.isGiven ? try self.console.client() : nil
        let targets = try target.targets()
        if console != nil, targets.count > 1 { throw CLIError("--higress-console points the console at one Grafana; give --context NAME instead of --all-contexts") }
        let options = PushOptions(dryRun: dryRun, force: force, concurrency: concurrency.value, owner: catalog.name, prune: prune)
        let results = await ContextPush.push(try catalog.pushItems(), to: targets, options: options) { print($0) }
        if targets.count == 1, case .failure(let error) = results[0] { throw error }
        if let console, case .success(let result) = results[0] {
            try await setConsoleSlots(catalog.consoleSlots, from: result, console: console)
            for plugin in catalog.consolePlugins {
                guard let routes = plugin.push else { continue }
                try await ConsolePluginSetting.apply(plugin, on: routes, client: console, dryRun: dryRun)
            }
        }
        let succeeded = results.allSatisfy { (try? $0.get())?.succeeded == true }
        if !succeeded { throw ExitCode.failure }
    }

    /// Points each console slot a pushed dashboard fills at that dashboard, its time range stripped.
    private func setConsoleSlots(_ slots: [String: ConsoleSlot], from result: PushResult, console: HigressConsoleClient) async throws {
        for outcome in result.outcomes {
            guard let slot = slots[outcome.uid] else { continue }
            guard let url = outcome.url, outcome.failure == nil else {
                print("console \(slot): left as it was, dashboard \(outcome.uid) was not pushed")
                continue
            }
            let target: String
            do {
                target = try DashboardURL(parsing: url.absoluteString).strippingTimeRange().url.description
            } catch {
                throw CLIError("the URL of dashboard \(outcome.uid) cannot be set in the Higress console: \(error)")
            }
            guard HigressConsoleURLField.accepts(target) else {
                throw CLIError("the URL of dashboard \(outcome.uid) is \(HigressConsoleURLField.length(of: target)) characters long and the Higress console's field takes at most \(HigressConsoleURLField.maximumLength)")
            }
            if dryRun {
                print("console \(slot): would be set to \(target)")
            } else {
                let info = try await console.setDashboardURL(target, for: slot)
                print("console \(slot): \(MessageText.sanitized(info.url ?? target))")
            }
        }
    }
}

/// How many dashboards `graft push` sends at once: enough to hide latency, few enough not to flood Grafana.
enum PushConcurrency: CountRange {
    static let allowed = 1...64
}

/// How dashboards' datasource inputs are bound: shared by `graft push` and `graft diff`.
struct DatasourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Bind a Prometheus input to the datasource with this URL, created when missing.", valueName: "url"))
    var prometheusURL: DatasourceURLArgument?

    @Option(name: .long, help: ArgumentHelp("Bind a Loki input to the datasource with this URL, created when missing.", valueName: "url"))
    var lokiURL: DatasourceURLArgument?

    @Option(name: .customLong("datasource"), help: ArgumentHelp("Bind input NAME to datasource UID (repeatable).", valueName: "NAME=UID"))
    var bindings: [String] = []

    func validate() throws {
        try prometheusURL?.check("--prometheus-url")
        try lokiURL?.check("--loki-url")
        _ = try choices()
    }

    /// The choices these flags describe.
    func choices() throws -> DatasourceChoices {
        var uids: [String: String] = [:]
        for binding in bindings {
            let parts = binding.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--datasource \(binding) is not NAME=UID, e.g. DS_PROMETHEUS=prom-main.")
            }
            uids[String(parts[0])] = String(parts[1])
        }
        return DatasourceChoices(uids: uids, prometheusURL: prometheusURL?.text, lokiURL: lokiURL?.text)
    }
}

extension Catalog {
    /// The rendered dashboards with their folders, ready to push.
    func pushItems() throws -> [PushItem] {
        try renderDashboards().map { PushItem($0.model, folder: $0.source.folder) }
    }
}
