import ArgumentParser
import Foundation
import GraftTestSupport
import Testing
@testable import GraftCLI
@testable import GraftImport

@Suite("graft import and graft init, run in-process")
struct CommandTests {
    /// A new empty folder, removed after `body`.
    func withFolder(_ body: (URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder)
    }

    func write(_ text: String, _ url: URL) throws { try Data(text.utf8).write(to: url) }

    @Test("a bad file is reported and skipped, the others are written, and the command fails")
    func badFileAmongGoodOnes() async throws {
        try await withFolder { folder in
            let bad = folder.appendingPathComponent("bad.json")
            try write(#"{"title": "Broken", "panels": [{"id": 1, "type": "stat", "gridPos": "top"}]}"#, bad)
            let good = Locations.fixtures.appendingPathComponent("rabbitmq.api.json")
            let out = folder.appendingPathComponent("out")
            let command = try ImportCommand.parse([bad.path, good.path, "--out", out.path])
            await #expect(throws: CLIError.self) { try await command.run() }
            let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(written == ["RabbitMQQueuesDashboard.swift"])
        }
    }

    @Test("--out and --into together are refused")
    func outAndInto() async throws {
        let command = try ImportCommand.parse(["x.json", "--out", "a", "--into", "b"])
        await #expect(throws: CLIError.self) { try await command.run() }
    }

    @Test("--into needs a package made by graft init")
    func intoNeedsAPackage() async throws {
        try await withFolder { folder in
            let command = try ImportCommand.parse([Locations.fixtures.appendingPathComponent("edge.dashboard.json").path, "--into", folder.path])
            do {
                try await command.run()
                Issue.record("imported into a folder that is no package")
            } catch let error as CLIError {
                #expect(error.description == "\(folder.path): not a package made by `graft init`: no Sources/*/Imported/ImportedDashboards.swift")
            }
        }
    }

    @Test("graft init refuses a folder that is not empty")
    func initRefusesNonEmpty() async throws {
        try await withFolder { folder in
            try write("keep me", folder.appendingPathComponent("notes.txt"))
            let command = try InitCommand.parse([folder.path, "--graft-url", "https://example.com/graft.git", "--graft-version", "1.0.0"])
            do {
                try await command.run()
                Issue.record("wrote into a folder that was not empty")
            } catch let error as CLIError {
                #expect(error.description.hasPrefix("\(folder.path) is not empty (1 entries)"))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        }
    }

    @Test("graft init checks its Graft options", arguments: [
        (["--graft-url", "https://example.com/graft.git"], "--graft-url needs --graft-version X.Y.Z"),
        (["--graft-url", "https://example.com/graft.git", "--graft-version", "1.0"], "--graft-version 1.0: expected a version X.Y.Z, e.g. 1.0.0"),
        (["--graft-path", "/nonexistent/graft"], "--graft-path /nonexistent/graft: no Package.swift there; give the folder of a Graft checkout"),
    ])
    func initOptions(_ options: [String], _ message: String) async throws {
        let command = try InitCommand.parse(["/nonexistent/new-package"] + options)
        do {
            try await command.run()
            Issue.record("accepted \(options)")
        } catch let error as CLIError {
            #expect(error.description == message)
        }
    }

    @Test("graft init by URL writes a package depending on Graft's products by that URL and version")
    func initByURL() async throws {
        try await withFolder { folder in
            let target = folder.appendingPathComponent("acme-dashboards")
            try await InitCommand.parse([target.path, "--graft-url", "https://example.com/tools/graft.git", "--graft-version", "1.2.3"]).run()
            let manifest = try String(contentsOf: target.appendingPathComponent("Package.swift"), encoding: .utf8)
            #expect(manifest.contains(#".package(url: "https://example.com/tools/graft.git", from: "1.2.3"),"#))
            #expect(manifest.contains(#".product(name: "Graft", package: "graft")"#))
            #expect(manifest.contains(#".product(name: "GraftCLI", package: "graft")"#))
            #expect(manifest.contains(#"name: "acme-dashboards","#))
            let main = try String(contentsOf: target.appendingPathComponent("Sources/CLI/main.swift"), encoding: .utf8)
            #expect(main.contains("await GraftCLI.main(catalog: catalog)"))
            let makefile = try String(contentsOf: target.appendingPathComponent("Makefile"), encoding: .utf8)
            #expect(makefile.contains("GRAFT  = .build/debug/acme-dashboards"))
            let ignored = try String(contentsOf: target.appendingPathComponent(".gitignore"), encoding: .utf8)
            #expect(ignored == ".build*/\nPackage.resolved\n")
            let templates = StarterPackage.templates
            let written = try StarterPackage.readTemplates(target.path)
            #expect(written.map(\.path) == templates.map(\.path))
            for placeholder in ["{{PACKAGE_NAME}}", "{{EXECUTABLE}}", "{{GRAFT_DEPENDENCY}}", "{{GRAFT_PACKAGE}}", "{{GRAFT_LOCATION}}"] {
                #expect(templates.contains { $0.text.contains(placeholder) })
                #expect(!written.contains { $0.text.contains(placeholder) })
            }
        }
    }
}

@Suite("graft import bounds its input")
struct ImportInputBoundTests {
    @Test("a 200 MB file is refused from its size, before it is read, and the other files are still imported")
    func oversizedFile() async throws {
        // A reader that read it whole would hold 200 MB of zeros.
        let (folder, huge) = try SparseFile.make(name: "huge.json", prefix: "{\"title\": \"x\", \"panels\": [", size: 200_000_000)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = Locations.fixtures.appendingPathComponent("rabbitmq.api.json")
        let out = folder.appendingPathComponent("out")
        let command = try ImportCommand.parse([huge.path, good.path, "--out", out.path])
        let error = try await #require(throws: CLIError.self) { try await command.run() }
        #expect(error.description.contains("1 of 2 dashboards could not be imported"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["RabbitMQQueuesDashboard.swift"])
        let refusal = try #require(throws: CLIError.self) {
            try InputFile.read(huge.path, limit: DashboardImporter.maximumInputSize, purpose: "a dashboard import")
        }
        #expect(refusal.description == "\(huge.path): is 200000000 bytes, more than the 8 MiB a dashboard import reads; nothing was read")
    }

    @Test("the bound holds for a pipe, whose size is not known beforehand, and for the library's callers")
    func pipeAndLibrary() throws {
        let limit = DashboardImporter.maximumInputSize
        let error = try #require(throws: CLIError.self) { try InputFile.read("/dev/zero", limit: limit, purpose: "a dashboard import") }
        #expect(error.description == "/dev/zero: is over \(limit) bytes, more than the 8 MiB a dashboard import reads; nothing was read")
        var importer = DashboardImporter()
        let library = try #require(throws: ImportError.self) { try importer.importDashboard([UInt8](repeating: 32, count: limit + 1), file: "big.json") }
        #expect(library.description == "big.json: is \(limit + 1) bytes, more than the 8 MiB a dashboard import reads")
        #expect(try InputFile.read(Locations.fixtures.appendingPathComponent("rabbitmq.api.json").path, limit: limit, purpose: "x").count > 1000)
    }
}
