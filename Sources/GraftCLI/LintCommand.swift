import ArgumentParser
import GraftCatalog
import GraftDSL
import GraftImport
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftReview

/// `graft lint`: static checks of the catalog's dashboards (and of dashboard JSON files).
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check every dashboard's queries, variables, datasources, units, grid and labels, the rules, and the access-log fields.",
        discussion: """
        Every PromQL query (Grafana's variables replaced by valid stand-ins) is
        parsed by Prometheus's own parser through promtool. Every $variable must
        be defined; every datasource must resolve to an __inputs entry, a
        datasource variable or a uid; every label a query matches on must be one
        its metric carries or the catalog's monitors attach; panels whose
        queries return rates, bytes or durations should set a unit; dashboard
        files must keep their panels on the 24-column grid without overlaps.
        The catalog's alert and recording rules are checked as Prometheus loads
        them (promtool check rules on each rendered rule file); every field a
        log query reads out of the access log's ai_log must be one the catalog's
        plugin configuration writes, and a field that logs a credential (an
        Authorization header) is a warning.

        Each finding names the dashboard, the panel, the query's letter and the
        rule. Exit status 1 when there is an error, 0 with warnings only.

        Examples:
          graft lint                              # the catalog's dashboards
          graft lint exported.json --format json  # and a file, as JSON
          graft lint --no-promtool                # graft's own reader only
        """)

    /// How the findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Dashboard JSON files (as Grafana exports or saves them) to lint besides the catalog's.")
    var files: [String] = []

    @Option(name: .long, help: "How to print the findings: text or json.")
    var format: Format = .text

    @Option(name: .long, help: "The promtool to parse PromQL with (default: promtool on PATH).")
    var promtool: String?

    @Flag(name: .long, help: "Do not run promtool; queries are then read by graft's own PromQL reader only.")
    var noPromtool = false

    func run() async throws {
        let catalog = try CatalogContext.require()
        var checker: Promtool?
        if !noPromtool {
            guard let found = promtool.map({ Promtool(executable: $0) }) ?? Promtool.onPath() else {
                throw CLIError("promtool is not installed: install Debian's prometheus package (apt-get install -y prometheus), pass --promtool PATH, or skip Prometheus's parser with --no-promtool")
            }
            checker = found
        }
        var subjects = try catalog.renderDashboards().map { LintSubject(model: $0.model) }
        do {
            subjects += try files.map { try LintSubject.read(DashboardInput.bytes($0, command: "graft lint"), file: $0) }
        } catch let error as DashboardFileError {
            throw CLIError(error.description)
        }
        let report: LintReport
        do {
            report = try DashboardLinter(catalog: catalog, promtool: checker).lint(subjects)
        } catch let error as ExternalToolError {
            throw CLIError(error.description)
        }
        print(format == .json ? report.json() : report.text(), terminator: "")
        if !report.errors.isEmpty { throw ExitCode.failure }
    }
}
