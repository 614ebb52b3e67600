import Foundation
import GraftURL

/// Reads a file Graft was given, never more than a bound: a larger one is refused from its size
/// before any of it is read, and a pipe or device is cut off one byte past the bound.
enum InputFile {
    /// The bytes of `path`; throws a sentence naming the file when it cannot be read or holds
    /// more than `limit` bytes (what `purpose` says the bound is for: `a dashboard import`).
    static func read(_ path: String, limit: Int, purpose: String) throws -> [UInt8] {
        func unreadable(_ error: any Error) -> CLIError { CLIError("\(path): cannot be read: \(error.localizedDescription)") }
        func tooLarge(_ size: String) -> CLIError {
            CLIError("\(path): is \(size), more than the \(MessageText.byteCount(limit)) \(purpose) reads; nothing was read")
        }
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) } catch { throw unreadable(error) }
        defer { try? handle.close() }
        // Only a regular file's size is known before reading; pipes and devices are cut while read.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeRegular,
           let size = (attributes[.size] as? NSNumber)?.intValue, size > limit {
            throw tooLarge("\(size) bytes")
        }
        var bytes: [UInt8] = []
        while bytes.count <= limit {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: min(1 << 16, limit + 1 - bytes.count)) } catch { throw unreadable(error) }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes += chunk
        }
        throw tooLarge("over \(limit) bytes")
    }
}
