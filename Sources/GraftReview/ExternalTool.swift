import Foundation

/// Why an outside program (promtool, rsvg-convert) could not do its part.
public struct ExternalToolError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the program.
    public var description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}

/// Runs the outside programs graft relies on: found on `PATH`, run with a time limit, their
/// standard output and error read together.
enum ExternalTool {
    /// The output and exit status of a finished run.
    struct Run {
        var status: Int32
        var output: String
    }

    /// The full path of `name` on `PATH`, or `nil` when it is not installed.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` with `arguments`, stopping it (SIGTERM, then SIGKILL) after `timeout`.
    static func run(_ executable: String, _ arguments: [String], timeout: Duration) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("graft-tool-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            try? handle.close()
            throw ExternalToolError("cannot run \(executable): \(error.localizedDescription)")
        }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            try? handle.close()
            throw ExternalToolError("\(executable) did not finish within \(timeout) and was stopped")
        }
        try? handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, output: output)
    }
}
