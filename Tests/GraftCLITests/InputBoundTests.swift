import Foundation
import Testing

/// Dashboard files given on the command line are refused beyond their bound, before being read.
@Suite("Oversized input files")
struct InputBoundTests {
    @Test("graft lint and graft import refuse a 200 MB file from its size, naming it and the bound", arguments: [
        ["lint", "--no-promtool"], ["import"],
    ])
    func oversizedFile(_ command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-bound-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("huge.json")
        FileManager.default.createFile(atPath: huge.path, contents: Data("{\"panels\": [".utf8))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 200_000_000)  // sparse: no disk used
        try handle.close()
        let result = try runGraft(command + [huge.path])
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("\(huge.path): is 200000000 bytes, more than the 8 MiB"), "\(result.errors)")
        #expect(result.errors.contains("reads; nothing was read"), "\(result.errors)")
    }
}
