import Foundation

/// Files for input-bound tests: as long as a hostile input, without taking the disk space.
public enum SparseFile {
    /// A new folder holding `name`: `prefix`, then zeros up to `size` bytes, sparse (no disk used).
    /// The caller removes the folder.
    public static func make(name: String, prefix: String, size: UInt64) throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-sparse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        FileManager.default.createFile(atPath: file.path, contents: Data(prefix.utf8))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: size)
        try handle.close()
        return (folder, file)
    }
}
