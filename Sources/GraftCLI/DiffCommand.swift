import ArgumentParser
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftGrafana

/// `graft diff`: the live Grafana against the code, normalised.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how the dashboards in Grafana differ from the code, as unified diffs of normalised JSON.",
        discussion: """
        Reads Grafana only. Server-owned members (id, version) are left out and keys sorted, so \
        only real differences show, whoever made them. Takes the same connection and datasource \
        flags as graft push.

        Examples:
          graft diff
          graft diff --exit-code          # exit 1 when any dashboard differs, for CI
        """)

    @OptionGroup var target: GrafanaTargetOptions

    @Flag(name: .long, help: "Exit 1 when any dashboard differs from the code.")
    var exitCode = false

    func run() async throws {
        let catalog = try CatalogContext.require()
        let items = try catalog.pushItems()
        let targets = try target.targets()
        guard targets.count == 1 else { throw CLIError("graft diff compares with one Grafana; give --context NAME instead of --all-contexts") }
        let pusher = DashboardPusher(client: GrafanaClient(targets[0].connection))
        // A plan with force: an edit made outside Graft is a difference to show, not a refusal;
        // reads only (no server-side dry-run writes).
        let plan = try await pusher.push(items, options: PushOptions(dryRun: true, force: true, datasources: targets[0].datasources,
                                                                     owner: catalog.name, validateOnServer: false))
        for outcome in plan.outcomes {
            switch outcome.status {
            case .wouldCreate: print("missing  \(outcome.uid)  \"\(outcome.title)\" is not in Grafana")
            case .unchanged: print("same     \(outcome.uid)  \"\(outcome.title)\"")
            case .failed(let failure): print("failed   \(failure)")
            default: print("differs  \(outcome.uid)  \"\(outcome.title)\"")
            }
            if let diff = outcome.diff { print(diff, terminator: diff.hasSuffix("\n") ? "" : "\n") }
        }
        print("\(plan.outcomes.count) dashboard\(plan.outcomes.count == 1 ? "" : "s"): \(plan.created) missing from Grafana, \(plan.updated) differ, \(plan.unchanged) the same, \(plan.failed) failed.")
        if !plan.succeeded || (exitCode && plan.created + plan.updated > 0) { throw ExitCode.failure }
    }
}
