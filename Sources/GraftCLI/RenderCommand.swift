import ArgumentParser
import Foundation
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
        before any file is touched. Every changed file is then written to a temporary file beside
        it and flushed, and only then are they all renamed over the old ones: a render that fails
        (a full disk) changes no file. Files that already hold the right bytes are left alone.
        Temporary files of a render that was killed are removed by the next one; --check reports them.
        A dashboard too large for a client-side `kubectl apply` goes gzipped into its
        GrafanaDashboard (spec.gzipJson); its sidecar ConfigMap, which cannot be compressed, gets
        one line naming the `kubectl apply --server-side` it needs.

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
        let paths = files.map { out == "." ? $0.path : out + "/" + $0.path }
        // A render killed before its renames left temporary files in the folders it writes.
        let leftovers = Set(paths.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }).sorted()
            .flatMap(TemporaryFileName.leftovers(in:))
        var differing: [String] = []
        func location(_ file: RenderedFile) -> String { out == "." ? file.path : out + "/" + file.path }
        var changed: [(path: String, bytes: [UInt8])] = []
        for (file, path) in zip(files, paths) {
            let current = AtomicFile.read(path)
            if check {
                if current != file.bytes {
                    differing.append(file.path)
                    print("\(current == nil ? "missing" : "differs") \(path)")
                }
            } else if current == file.bytes {
                print("unchanged \(path) (\(file.bytes.count) bytes)")
            } else {
                changed.append((path, file.bytes))
            }
        }
        let serverSide = RenderCommand.serverSideLines(files, location: location)
        if check {
            for line in serverSide { print(line) }
            for leftover in leftovers { print("leftover \(leftover)") }
            guard differing.isEmpty else {
                throw CLIError("\(differing.count) of \(files.count) files differ from what the code renders: run `graft render` and commit the result")
            }
            guard leftovers.isEmpty else {
                throw CLIError("\(leftovers.count) temporary files of a render that was stopped are left: `graft render` removes them")
            }
            print("all \(files.count) files match the code")
            return
        }
        for leftover in leftovers where (try? FileManager.default.removeItem(atPath: leftover)) != nil { print("removed \(leftover), left by a render that was stopped") }
        // Every changed file is written and flushed before any is renamed: a failure changes none.
        try AtomicFile.writeAll(changed)
        for file in changed { print("wrote \(file.path) (\(file.bytes.count) bytes)") }
        for line in serverSide { print(line) }
    }
}
