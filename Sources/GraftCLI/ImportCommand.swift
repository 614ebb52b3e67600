import ArgumentParser
import Foundation
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
        JSON model, or the body GET /api/dashboards/uid/:uid returns. Rendering the Swift gives the \
        dashboard back: byte for byte for an unedited export, as equal JSON otherwise; each import \
        is rendered and compared before it is written. A file that cannot be imported is reported \
        with the JSON path of the problem and nothing is written for it; the other files are still \
        imported, and the command exits 1. A file over \(DashboardImporter.maximumInputSize >> 20) MiB is refused before it is read (a \
        dashboard's JSON is rarely over a few hundred KB).

        Examples:
          graft import Higress-AI-CN.json        # writes ./HigressAIDashboard.swift
          graft import exports/*.json --out Sources/Catalog/Dashboards
          graft import node.json --into ../my-dashboards   # joins its catalog
        """)

    @Argument(help: "Grafana dashboard JSON files.")
    var files: [String]

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
        for file in files {
            do {
                let bytes = try InputFile.read(file, limit: DashboardImporter.maximumInputSize, purpose: "a dashboard import")
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
            throw CLIError("\(failures.count) of \(files.count) files could not be imported; nothing was written for \(failures.count == 1 ? "it" : "them")")
        }
    }
}
