import ArgumentParser
import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftImport

/// `graft init`: a new dashboards-as-code package from Graft's templates.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new dashboards-as-code package from the templates built into graft.",
        discussion: """
        Writes a Swift package into DIR (new, or empty): a Package.swift depending on Graft, a \
        catalog with an example dashboard and PodMonitor, an executable that is Graft's command \
        line over that catalog, a test, a Makefile (`make run`, `make test`), a README and a \
        .gitignore. Graft comes from a checkout on disk (--graft-path; by default the one this \
        graft was built from) or from a git URL and version. Add existing dashboards with \
        `graft import FILE.json --into DIR`.

        Examples:
          graft init my-dashboards
          graft init my-dashboards --graft-path ~/src/graft
          graft init my-dashboards --graft-url https://example.com/graft.git \\
            --graft-version 1.0.0
        """)

    @Argument(help: "The folder of the new package; it must not exist yet, or be empty.")
    var directory: String

    @Option(name: .customLong("graft-path"), help: "A Graft checkout the package depends on by path.")
    var graftPath: String?

    @Option(name: .customLong("graft-url"), help: "The git URL the package gets Graft from (with --graft-version).")
    var graftURL: String?

    @Option(name: .customLong("graft-version"), help: "The Graft version to start from, as X.Y.Z (with --graft-url).")
    var graftVersion: String?

    func run() async throws {
        let graft = try source()
        try requireEmpty(directory)
        // The templates this graft was built with, whatever the Graft source: they match its commands.
        let package = StarterPackage(directory: directory, graft: graft)
        let files = package.files(from: StarterPackage.templates)
        try AtomicFile.writeAll(files.map { (directory + "/" + $0.path, Array($0.text.utf8)) })
        for file in files { print("wrote \(directory)/\(file.path)") }
        print("next: cd \(directory) && make run   # renders dashboards/ and manifests/")
    }

    /// Where the package gets Graft from, as the options say.
    private func source() throws -> StarterPackage.GraftSource {
        switch (graftPath, graftURL, graftVersion) {
        case (let path?, nil, nil):
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: absolute + "/Package.swift") else {
                throw CLIError("--graft-path \(path): no Package.swift there; give the folder of a Graft checkout")
            }
            return .path(absolute)
        case (nil, let url?, let version?):
            let parts = version.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
                throw CLIError("--graft-version \(version): expected a version X.Y.Z, e.g. 1.0.0")
            }
            return .url(url, version: version)
        case (nil, nil, nil):
            guard let checkout = StarterPackage.builtCheckout else {
                throw CLIError("the Graft checkout this graft was built from is gone: give --graft-path PATH, or --graft-url URL --graft-version X.Y.Z")
            }
            return .path(checkout)
        case (nil, _?, nil):
            throw CLIError("--graft-url needs --graft-version X.Y.Z")
        case (nil, nil, _?):
            throw CLIError("--graft-version goes with --graft-url")
        default:
            throw CLIError("give --graft-path, or --graft-url with --graft-version, not both")
        }
    }

    /// Fails unless `directory` is absent or an empty folder, so that nothing of the user's is overwritten.
    private func requireEmpty(_ directory: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw CLIError("\(directory) is a file: graft init writes a new package into a new or empty folder") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard entries.isEmpty else {
            throw CLIError("\(directory) is not empty (\(entries.count) entries): graft init writes a new package into a new or empty folder")
        }
    }
}
