import ArgumentParser
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// The `graft` command line over a catalog: a package builds its own `graft` by calling
/// `await GraftCLI.main(catalog: myCatalog)` from its executable's `main.swift`.
public enum GraftCLI {
    /// Runs the command line (arguments from the process) over `catalog`, then exits.
    public static func main(catalog: Catalog) async {
        await CatalogContext.$current.withValue(catalog) {
            await GraftCommand.main()
        }
    }
}

/// `graft`: dashboards and monitors as code.
struct GraftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graft",
        abstract: "Grafana dashboards and prometheus-operator monitors as Swift code.",
        discussion: """
        Renders the catalog into dashboards/ and manifests/, checks them, and pushes them to Grafana.

        Example:
          graft render            # write dashboards/*.json and manifests/
          graft render --check    # fail when the files differ from what the code renders
        """,
        subcommands: [
            RenderCommand.self, PushCommand.self, DiffCommand.self, ConsoleCommand.self, URLCommand.self,
            ImportCommand.self, InitCommand.self, LintCommand.self, VerifyCommand.self, PreviewCommand.self,
        ])
}
