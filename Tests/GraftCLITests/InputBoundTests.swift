import Foundation
import GraftTestSupport
import Testing

/// Dashboard files given on the command line are refused beyond their bound, before being read.
@Suite("Oversized input files")
struct InputBoundTests {
    @Test("graft lint and graft import refuse a 200 MB file from its size, naming it and the bound", arguments: [
        ["lint", "--no-promtool"], ["import"],
    ])
    func oversizedFile(_ command: [String]) throws {
        let (folder, huge) = try SparseFile.make(name: "huge.json", prefix: "{\"panels\": [", size: 200_000_000)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runGraft(command + [huge.path])
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("\(huge.path): is 200000000 bytes, more than the 8 MiB"), "\(result.errors)")
        #expect(result.errors.contains("reads; nothing was read"), "\(result.errors)")
    }
}
