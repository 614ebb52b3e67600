import Foundation
import GraftTestSupport
import Testing

/// Dashboard files given on the command line are refused beyond their bound, before being read.
@Suite("Oversized input files")
struct InputBoundTests {
    @Test("graft lint and graft import refuse a 200 MB file from its size, naming it and the bound", arguments: [
        ["lint", "--no-promtool"], ["import"], ["verify"],
    ])
    func oversizedFile(_ command: [String]) throws {
        let (folder, huge) = try SparseFile.make(name: "huge.json", prefix: "{\"panels\": [", size: 200_000_000)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runGraft(command + [huge.path])
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("\(huge.path): is 200000000 bytes, more than the 8 MiB"), "\(result.errors)")
        #expect(result.errors.contains("reads; nothing was read"), "\(result.errors)")
    }

    @Test("graft verify and lint refuse a device that never ends, one byte past the bound", arguments: [["verify"], ["lint", "--no-promtool"]])
    func endlessDevice(_ command: [String]) throws {
        let result = try runGraft(command + ["/dev/zero"])
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("/dev/zero: is over \(8 << 20) bytes, more than the 8 MiB"), "\(result.errors)")
    }

    /// A pipe (`graft lint <(cat d.json)`, here its standard input) can be read once: the bounded
    /// read is the only one.
    @Test("graft lint reads a dashboard from a pipe")
    func pipe() throws {
        let dashboard = "{\"title\": \"Piped\", \"uid\": \"piped\", \"panels\": [], \"schemaVersion\": 39}"
        let result = try runGraft(["lint", "--no-promtool", "/dev/stdin"], input: dashboard)
        #expect(!result.errors.contains("not a Grafana dashboard"), "\(result.errors)")
        #expect(!result.errors.contains("cannot"), "\(result.errors)")
        #expect(result.status == 0, "\(result.output)\(result.errors)")
    }
}
