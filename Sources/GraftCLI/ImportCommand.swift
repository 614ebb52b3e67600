import ArgumentParser
import Foundation
import GraftGrafana
import GraftHTTP
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftImport

/// `graft import`: Grafana dashboard JSON files to Swift source in the DSL.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn Grafana dashboard JSON into Swift source in Graft's DSL.",
        discussion: """
        Each FILE may be an export ("Export for sharing externally", with __inputs), a dashboard's \
        JSON model, the body GET /api/dashboards/uid/:uid returns, or a Grafana 12/13 resource \
        (apiVersion dashboard.grafana.app/v0alpha1, v1beta1 or v1; or the v2 schema, v2alpha1, \
        v2beta1 or v2, whose grid and rows are converted to the classic model; tabs and the auto \
        grid are refused with how to export the classic JSON). Rendering the Swift gives the \
        dashboard back: byte for byte for an unedited export, as equal JSON otherwise; each import \
        is rendered and compared before it is written. A dashboard without a uid gets one made \
        from its title, and a note says which. A pre-grid dashboard (Grafana 4: schemaVersion \
        below 16, rows of spans) is written as Grafana upgrades it to the grid on load, its panel \
        types kept; panels without ids or a whole gridPos get what Grafana gives them. Panels \
        after a folded row, outside it, stay there (Row.loosePanelsBelow), as Grafana keeps and \
        saves them; a panel above its row's header, or panels sharing cells, are written as \
        Grafana's grid lays them out on load, with a note. A file \
        that cannot be imported is reported \
        with the JSON path of the problem and nothing is written for it; the other files are still \
        imported, and the command exits 1. A file over \(DashboardImporter.maximumInputSize >> 20) MiB is refused before it is read (a \
        dashboard's JSON is rarely over a few hundred KB).

        --from-grafana reads the dashboards from a live Grafana (11.3, 12.x, 13.x) through the API \
        and with the credentials `graft push` uses: every dashboard of the organisation, or those \
        --folder and --uid select (both: the union). --folder takes the dashboards directly in that \
        folder, not those in its subfolders (give each subfolder too); a folder that does not exist \
        is an error. Each is named grafana:UID in messages; one that cannot be imported is reported \
        and skipped, the others are written, and the command exits 1.

        Examples:
          graft import Higress-AI-CN.json        # writes ./HigressAIDashboard.swift
          graft import exports/*.json --out Sources/Catalog/Dashboards
          graft import node.json --into ../my-dashboards   # joins its catalog
          graft import gateway.v2beta1.json      # a Grafana 12 resource (v2 schema)
          GRAFANA_URL=https://grafana.example.com GRAFANA_TOKEN=glsa_... graft import --from-grafana --folder gateways --into ../my-dashboards
          graft import --from-grafana --uid gateway-ai --uid node-exporter   # two dashboards, into ./
        """)

    @Argument(help: "Grafana dashboard JSON files.")
    var files: [String] = []

    @Flag(name: .customLong("from-grafana"), help: "Read dashboards from Grafana too: all the organisation holds, or those --folder and --uid select.")
    var fromGrafana = false

    @Option(name: .customLong("folder"), help: ArgumentHelp("With --from-grafana: the dashboards directly in this folder, not its subfolders (repeatable).", valueName: "uid"))
    var folders: [String] = []

    @Option(name: .customLong("uid"), help: ArgumentHelp("With --from-grafana: this dashboard (repeatable).", valueName: "uid"))
    var uids: [String] = []

    @OptionGroup(title: "Grafana (with --from-grafana)")
    var grafana: GrafanaOptions
    @OptionGroup(title: "Context (with --from-grafana)")
    var contexts: ContextOptions

    @Option(name: .long, help: "The folder the Swift files are written to (default: the current folder).")
    var out: String?

    @Option(name: .long, help: ArgumentHelp("A package made by `graft init`: the dashboards join its catalog.", valueName: "package-dir"))
    var into: String?

    func validate() throws {
        if !fromGrafana, !folders.isEmpty || !uids.isEmpty { throw ValidationError("--folder and --uid select dashboards in Grafana; give --from-grafana too.") }
    }

    func run() async throws {
        guard out == nil || into == nil else { throw CLIError("give --out or --into, not both") }
        guard !files.isEmpty || fromGrafana else { throw CLIError("give dashboard JSON files, or --from-grafana") }
        let catalog: PackageCatalog?
        do { catalog = try into.map { try PackageCatalog(directory: $0) } } catch let error as ImportError { throw CLIError(error.description) }
        var importer = catalog?.importer ?? DashboardImporter()
        let imports = try await importAll(with: &importer)
        imports.failures.forEach(printError)

        let base = into ?? out ?? "."
        let imported = imports.dashboards
        let written = imported.isEmpty ? [] : catalog?.files(adding: imported) ?? imported.map { $0.sourceFile() }
        // All or none: a package's catalog file and its dashboards' sources go together.
        try AtomicFile.writeAll(written.map { (base + "/" + $0.path, Array($0.text.utf8)) })
        for file in written { print("wrote \(base)/\(file.path) (\(file.text.utf8.count) bytes)") }
        let failures = imports.failures.count
        guard failures == 0 else {
            throw CLIError("\(failures) of \(imports.count) dashboards could not be imported; nothing was written for \(failures == 1 ? "it" : "them")")
        }
    }

    /// What a run imports: the dashboards, why each of the others was not, and how many were tried.
    struct Imports {
        /// The dashboards imported, in the order they were read.
        var dashboards: [ImportedDashboard] = []
        /// One message for each that was not, naming it.
        var failures: [String] = []
        /// Every dashboard tried.
        var count: Int { dashboards.count + failures.count }
    }

    /// Reads and imports the files and the `--from-grafana` dashboards with `importer`; prints
    /// each import's notes. Writes nothing.
    func importAll(with importer: inout DashboardImporter) async throws -> Imports {
        var imports = Imports()
        // Files are read in the loop, each bounded in size; Grafana's dashboards come read.
        var sources: [(name: String, bytes: [UInt8]?)] = files.map { ($0, nil) }
        if fromGrafana {
            let read = try await readFromGrafana()
            sources += read.sources.map { ($0.name, $0.bytes) }
            imports.failures += read.failures
        }
        for (file, given) in sources {
            do {
                let bytes = try given ?? InputFile.read(file, limit: DashboardImporter.maximumInputSize, purpose: "a dashboard import")
                let dashboard = try importer.importDashboard(bytes, file: file)
                imports.dashboards.append(dashboard)
                for note in dashboard.notes { print("note: \(file): \(note)") }
            } catch let error as ImportError {
                imports.failures.append(error.description)
            } catch let error as CLIError {
                imports.failures.append(error.description)
            }
        }
        return imports
    }

    /// The dashboards `--folder` and `--uid` select (all when neither is given) as JSON, each named
    /// `grafana:<uid>` in messages, and why each that is missing or cannot be read as classic JSON was not.
    private func readFromGrafana() async throws -> (sources: [(name: String, bytes: [UInt8])], failures: [String]) {
        let targets = try contexts.targets(grafana: grafana, datasources: nil)
        guard targets.count == 1 else { throw CLIError("graft import reads from one Grafana; give --context NAME instead of --all-contexts") }
        let reader = try await DashboardReader.discovering(GrafanaClient(targets[0].connection))
        let selected: [String]
        do { selected = try await reader.selectedUIDs(folders: folders, uids: uids) } catch let error as ConfigurationError { throw CLIError(error.description) }
        guard !selected.isEmpty else {
            let scope = folders.isEmpty ? "the organisation" : "folder\(folders.count == 1 ? "" : "s") " + folders.joined(separator: ", ") + " (subfolders are not included: give each with --folder)"
            throw CLIError("Grafana holds no dashboards in \(scope); nothing was imported")
        }
        var sources: [(name: String, bytes: [UInt8])] = []
        var failures: [String] = []
        for uid in selected {
            let name = "grafana:\(uid)"
            do {
                guard let read = try await reader.read(uid: uid) else {
                    failures.append("\(name): no such dashboard in Grafana")
                    continue
                }
                if let stored = read.convertedFrom {
                    print("note: \(name): stored in Grafana's v2 schema (\(stored)); imported from Grafana's conversion to classic JSON, which is lossy (tabs, auto grids, row repeats)")
                }
                sources.append((name, Array(read.model.formatted(.grafana).utf8)))
            } catch {
                failures.append("\(name): \(error)")
            }
        }
        return (sources, failures)
    }
}
