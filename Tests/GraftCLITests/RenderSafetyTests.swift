import Foundation
import GraftTestSupport
import Testing
@testable import GraftCLI
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// `graft render` against a hostile or failing file system: planted symlinks, kills, a full disk.
@Suite("graft render never tears, follows or leaves a file")
struct RenderSafetyTests {
    /// A fresh folder under the system's temporary folder.
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("graft-safety-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every regular file below `root`, with its bytes; temporary files included.
    func snapshot(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root)! {
            let attributes = try FileManager.default.attributesOfItem(atPath: root + "/" + path)
            if attributes[.type] as? FileAttributeType == .typeRegular { files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)) }
        }
        return files
    }

    func temporaryFiles(_ root: String) throws -> [String] { try snapshot(root).keys.filter { $0.hasSuffix(".tmp") }.sorted() }

    @Test("symlinks planted at the old predictable names are never followed; the target's mode is kept")
    func plantedSymlinks() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let victim = root + "/victim.txt"
        try Data("not Graft's\n".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createDirectory(atPath: root + "/out/dashboards", withIntermediateDirectories: true)
        // The names the previous writer used (`.NAME.<pid>.tmp`), for this very process, which renders in-process.
        for name in ["broken.json", "other.json"] {
            try FileManager.default.createSymbolicLink(atPath: root + "/out/dashboards/.\(name).\(getpid()).tmp", withDestinationPath: victim)
        }
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: root + "/out/dashboards/broken.json"))
        chmod(root + "/out/dashboards/broken.json", 0o600)
        try await RenderCommandTests().run(["--out", root + "/out"], catalog: RenderCommandTests.fineCatalog)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "not Graft's\n")
        let rendered = root + "/out/dashboards/broken.json"
        let attributes = try FileManager.default.attributesOfItem(atPath: rendered)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "the mode of the replaced file")
        #expect(try String(contentsOfFile: rendered, encoding: .utf8).hasPrefix("{"))
        let fresh = try FileManager.default.attributesOfItem(atPath: root + "/out/manifests/provisioning/datasources.yaml")
        #expect((fresh[.posixPermissions] as? Int) == 0o644, "a new file's mode")
    }

    @Test("temporary names are unpredictable, carry the writer's pid, and only a dead writer's count as leftovers")
    func temporaryNames() throws {
        let names = (0..<1000).map { _ in TemporaryFileName.make(for: "a.json") }
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix(".a.json.graft-\(getpid())-") && $0.hasSuffix(".tmp") && $0.count == ".a.json.graft-\(getpid())-".count + 20 })
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dead = try deadProcessID()
        let leftover = ".a.json.graft-\(dead)-0123456789abcdef.tmp"
        for name in [leftover, names[0], ".a.json.graft-\(dead)-xyz.tmp", "a.json", ".a.json.\(dead).tmp"] {
            FileManager.default.createFile(atPath: root + "/" + name, contents: Data())
        }
        #expect(TemporaryFileName.leftovers(in: root) == [root + "/" + leftover])
    }

    /// The id of a process that ran and is gone.
    func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// Kills are sent at random moments, over the rendering and the writing of the catalog's files.
    @Test("renders killed part-way leave whole files; --check names their temporary files and the next render removes them")
    func killedRenders() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let graft = TestEnvironment.builtProduct("graft")
        #expect(try runGraft(["render", "--out", root]).status == 0)
        let rendered = try snapshot(root)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            // Each round changes every file, so that every kill lands in a render with files to write.
            for path in rendered.keys { try Data("round \(round)\n".utf8).write(to: URL(fileURLWithPath: root + "/" + path)) }
            let process = Process()
            process.executableURL = graft
            process.arguments = ["render", "--out", root]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(for: .microseconds(Int.random(in: 0...80_000, using: &generator)))
            kill(process.processIdentifier, SIGKILL)
            // Polled, not waited for: a blocked thread of the shared pool would stall other tests.
            while process.isRunning { try await Task.sleep(for: .milliseconds(2)) }
            for (path, bytes) in try snapshot(root) where !path.hasSuffix(".tmp") {
                #expect(bytes == rendered[path] || bytes == Data("round \(round)\n".utf8), "round \(round): \(path) is torn")
            }
        }
        // A leftover for certain, whatever the kills hit: one planted as a killed writer leaves it.
        let planted = "manifests/provisioning/.datasources.yaml.graft-\(try deadProcessID())-00000000deadbeef.tmp"
        try Data("half".utf8).write(to: URL(fileURLWithPath: root + "/" + planted))
        let leftovers = try temporaryFiles(root)
        let check = try runGraft(["render", "--out", root, "--check"])
        #expect(check.status == 1)
        for leftover in leftovers { #expect(check.output.contains("leftover \(root)/\(leftover)\n"), "\(check.output)") }
        let render = try runGraft(["render", "--out", root])
        #expect(render.status == 0, "\(render.errors)")
        #expect(try temporaryFiles(root).isEmpty)
        #expect(try snapshot(root) == rendered)
        #expect(try runGraft(["render", "--out", root, "--check"]).status == 0)
    }

    /// The file size limit (`ulimit -f`, its signal ignored) makes `write` fail as a full disk does,
    /// at the large files, after the small ones were written.
    @Test("a render whose writes fail part-way (a full disk) changes no file and leaves no temporary file")
    func diskFull() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try runGraft(["render", "--out", root]).status == 0)
        let rendered = try snapshot(root)
        // A small file that is written before large ones (render writes dashboards/, then manifests/
        // in order), and the large ones after it: a writer going file by file would replace the small one.
        let small = "manifests/grafana-operator/folder-higress.grafanafolder.yaml"
        try #require(rendered[small].map { $0.count < 4096 } == true)
        let large = rendered.filter { $0.value.count > 32 * 1024 && $0.key.hasPrefix("manifests/") }.keys.sorted()
        try #require(!large.isEmpty)
        for path in [small] + large { try Data("edited\n".utf8).write(to: URL(fileURLWithPath: root + "/" + path)) }
        let before = try snapshot(root)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 32 && trap '' XFSZ && exec \"$0\" render --out \"$1\"", TestEnvironment.builtProduct("graft").path, root]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(message)")
        #expect(message.contains("cannot write ") && message.contains("no file was changed"), "\(message)")
        #expect(try snapshot(root) == before, "a file changed, or a temporary file stayed")
        #expect(try runGraft(["render", "--out", root]).status == 0)
        #expect(try snapshot(root) == rendered)
    }
}
