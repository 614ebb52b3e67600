import ArgumentParser
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// `graft render`: writes the catalog's dashboards and manifests, or checks them.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write dashboards/ and manifests/ from the code, or check that they match it.",
        discussion: """
        Everything is rendered in memory first: a layout or validation error stops the command
        before any file is touched. Each file is then written whole (a temporary file renamed
        over the old one); files that already hold the right bytes are left alone. A dashboard
        too large for a client-side `kubectl apply` goes gzipped into its GrafanaDashboard
        (spec.gzipJson); its sidecar ConfigMap, which cannot be compressed, gets one line
        naming the `kubectl apply --server-side` it needs.

        Examples:
          graft render                 # write into ./dashboards and ./manifests
          graft render --out build     # write into build/dashboards and build/manifests
          graft render --check         # exit 1 naming every file that differs from the code
        """)

    @Option(name: .long, help: "The folder that holds dashboards/ and manifests/.")
    var out: String = "."

    @Flag(name: .long, help: "Write nothing; exit 1 naming every file that differs from what the code renders.")
    var check = false

    /// One line for each file whose object only `kubectl apply --server-side` delivers, naming the command and why.
    static func serverSideLines(_ files: [RenderedFile], location: (RenderedFile) -> String) -> [String] {
        files.compactMap { file in
            file.serverSideApply.map { "server-side apply: kubectl apply --server-side -f \(location(file))  (\($0))" }
        }
    }

    func run() async throws {
        let files = try CatalogContext.require().renderFiles()
        var differing: [String] = []
        func location(_ file: RenderedFile) -> String { out == "." ? file.path : out + "/" + file.path }
        for file in files {
            let path = location(file)
            let current = AtomicFile.read(path)
            if check {
                if current != file.bytes {
                    differing.append(file.path)
                    print("\(current == nil ? "missing" : "differs") \(path)")
                }
            } else if current == file.bytes {
                print("unchanged \(path) (\(file.bytes.count) bytes)")
            } else {
                try AtomicFile.write(file.bytes, to: path)
                print("wrote \(path) (\(file.bytes.count) bytes)")
            }
        }
        for line in RenderCommand.serverSideLines(files, location: location) { print(line) }
        if check {
            guard differing.isEmpty else {
                throw CLIError("\(differing.count) of \(files.count) files differ from what the code renders: run `graft render` and commit the result")
            }
            print("all \(files.count) files match the code")
        }
    }
}
