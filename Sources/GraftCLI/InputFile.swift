import Foundation
import GraftURL
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reads a file Graft was given, never more than a bound: a larger one is refused from its size
/// before any of it is read, and a pipe or device is cut off one byte past the bound.
enum InputFile {
    /// The bytes of `path`; throws a sentence naming the file when it cannot be read or holds
    /// more than `limit` bytes (what `purpose` says the bound is for: `a dashboard import`).
    static func read(_ path: String, limit: Int, purpose: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CLIError("\(path): cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        func tooLarge(_ size: String) -> CLIError {
            CLIError("\(path): is \(size), more than the \(MessageText.byteCount(limit)) \(purpose) reads; nothing was read")
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit {
            throw tooLarge("\(Int(status.st_size)) bytes")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { readSome(descriptor, $0.baseAddress!, min($0.count, limit + 1 - bytes.count)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError("\(path): cannot be read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
        throw tooLarge("over \(limit) bytes")
    }
}

/// `read(2)`, named apart from `InputFile.read` so that the C library's is called on every platform.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
