import ArgumentParser
import Foundation
import GraftGrafana
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

        Examples:
          graft import Higress-AI-CN.json        # writes ./HigressAIDashboard.swift
          graft import exports/*.json --out Sources/Catalog/Dashboards
          graft import node.json --into ../my-dashboards   # joins its catalog
          graft import gateway.v2beta1.json      # a Grafana 12 resource (v2 schema)
          GRAFANA_URL=https://grafana.example.com GRAFANA_TOKEN=glsa_... graft import --from-grafana gateway-ai
        """)

    @Argument(help: "Grafana dashboard JSON files.")
    var files: [String] = []

    @Option(name: .customLong("from-grafana"), help: ArgumentHelp("Read this dashboard from Grafana instead of a file (repeatable).", valueName: "uid"))
    var fromGrafana: [String] = []

    @OptionGroup(title: "Grafana (with --from-grafana)")
    var grafana: GrafanaOptions
    @OptionGroup(title: "Context (with --from-grafana)")
    var contexts: ContextOptions

    @Option(name: .long, help: "The folder the Swift files are written to (default: the current folder).")
    var out: String?

    @Option(name: .long, help: ArgumentHelp("A package made by `graft init`: the dashboards join its catalog.", valueName: "package-dir"))
    var into: String?

    func run() async throws {
        guard out == nil || into == nil else { throw CLIError("give --out or --into, not both") }
        let catalog: PackageCatalog?
        do { catalog = try into.map { try PackageCatalog(directory: $0) } } catch let error as ImportError { throw CLIError(error.description) }
        var importer = catalog?.importer ?? DashboardImporter()
        var imported: [ImportedDashboard] = []
        var failures: [String] = []
        guard !files.isEmpty || !fromGrafana.isEmpty else { throw CLIError("give dashboard JSON files, or --from-grafana UID") }
        // Files are read in the loop, each bounded in size; Grafana's dashboards come read.
        var sources: [(name: String, bytes: [UInt8]?)] = files.map { ($0, nil) }
        if !fromGrafana.isEmpty {
            let read = try await readFromGrafana()
            sources += read.sources.map { ($0.name, $0.bytes) }
            failures += read.failures
        }
        let count = sources.count + failures.count
        for (file, given) in sources {
            do {
                let bytes = try given ?? InputFile.read(file, limit: DashboardImporter.maximumInputSize, purpose: "a dashboard import")
                let dashboard = try importer.importDashboard(bytes, file: file)
                imported.append(dashboard)
                for note in dashboard.notes { print("note: \(file): \(note)") }
            } catch let error as ImportError {
                failures.append(error.description)
            } catch let error as CLIError {
                failures.append(error.description)
            }
        }
        failures.forEach(printError)

        let base = into ?? out ?? "."
        let written = imported.isEmpty ? [] : catalog?.files(adding: imported) ?? imported.map { PackageFile(path: $0.swiftFileName, text: $0.source) }
        // All or none: a package's catalog file and its dashboards' sources go together.
        try AtomicFile.writeAll(written.map { (base + "/" + $0.path, Array($0.text.utf8)) })
        for file in written { print("wrote \(base)/\(file.path) (\(file.text.utf8.count) bytes)") }
        guard failures.isEmpty else {
            throw CLIError("\(failures.count) of \(count) dashboards could not be imported; nothing was written for \(failures.count == 1 ? "it" : "them")")
        }
    }

    /// The `--from-grafana` dashboards as JSON, each named `grafana:<uid>` in messages, and why
    /// each that is missing or cannot be read as classic JSON was not.
    private func readFromGrafana() async throws -> (sources: [(name: String, bytes: [UInt8])], failures: [String]) {
        let targets = try contexts.targets(grafana: grafana, datasources: nil)
        guard targets.count == 1 else { throw CLIError("graft import reads from one Grafana; give --context NAME instead of --all-contexts") }
        let reader = try await DashboardReader.discovering(GrafanaClient(targets[0].connection))
        var sources: [(name: String, bytes: [UInt8])] = []
        var failures: [String] = []
        for uid in fromGrafana {
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
