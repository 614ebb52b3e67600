import Foundation
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes files whole or not at all, and a set of files all or none: each into a temporary file
/// beside its target, created exclusively under an unpredictable name (`TemporaryFileName`), written
/// and flushed; only when every one of them is, they are renamed over their targets. A reader, a
/// crash or a full disk never leaves half a file, nor some files new and others old, and a symlink
/// planted beside a target is never followed.
enum AtomicFile {
    /// Writes `bytes` to `path`, creating its folder; an existing file is replaced in one step.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try writeAll([(path, bytes)])
    }

    /// Writes every file of `files`, creating their folders, or, when one cannot be written, none:
    /// the targets keep their bytes and no temporary file stays.
    static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws {
        var staged: [(temporary: String, path: String)] = []
        do {
            for file in files { staged.append((try stage(file.bytes, for: file.path), file.path)) }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        for (index, file) in staged.enumerated() where rename(file.temporary, file.path) != 0 {
            let failure = errno
            for rest in staged[index...] { unlink(rest.temporary) }
            let done = index == 0 ? "" : " (\(index) of \(staged.count) files were replaced before it)"
            throw CLIError("cannot write \(file.path): \(String(cString: strerror(failure)))\(done)")
        }
        // The renames themselves reach the disk with their folders.
        for folder in Set(staged.map { folder(of: $0.path) }) {
            let descriptor = open(folder, O_RDONLY)
            if descriptor >= 0 {
                _ = fsync(descriptor)
                close(descriptor)
            }
        }
    }

    /// The bytes of the file at `path`, or `nil` when there is none.
    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// Writes `bytes` into a new temporary file beside `path` and flushes it; returns its path.
    /// The file takes the mode of the one it replaces, else 0644.
    private static func stage(_ bytes: [UInt8], for path: String) throws -> String {
        let folder = folder(of: path)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError("cannot create folder \(folder): \(error.localizedDescription)")
        }
        var status = stat()
        let mode = stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? mode_t(status.st_mode & 0o7777) : 0o644
        var descriptor: Int32 = -1
        var temporary = ""
        // An existing name (a planted file, or a one-in-2^64 clash) is refused by O_EXCL: take another.
        for _ in 0..<8 {
            temporary = folder + "/" + TemporaryFileName.make(for: URL(fileURLWithPath: path).lastPathComponent)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))") }
        var failure: Int32 = fchmod(descriptor, mode) == 0 ? 0 : errno  // the umask does not narrow a replaced file's mode
        if failure == 0 {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = writeSome(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw CLIError("cannot write \(path): \(String(cString: strerror(failure))); no file was changed")
        }
        return temporary
    }

    private static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}

/// `write(2)`, named apart from `AtomicFile.write` so that the C library's is called on every platform.
private func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
