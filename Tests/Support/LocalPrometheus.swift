import Foundation

/// Debian's `prometheus` run for a test: on 127.0.0.1 (a free port unless one is given), with its storage in a fresh
/// temporary folder, stopped by its PID (SIGTERM, then SIGKILL after 10 s) and the folder removed.
public final class LocalPrometheus: @unchecked Sendable {
    /// Why Prometheus could not be started.
    public struct StartError: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The port it listens on.
    public let port: Int
    /// `http://127.0.0.1:<port>`.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    /// The folder holding its configuration, storage and log.
    public let folder: URL
    private let process = Process()

    /// Starts Prometheus with `configuration` (a `prometheus.yml`) and `ruleFiles` (rule files' contents, loaded
    /// through `rule_files`) on `port`, or on a free port when `nil` (a configuration that scrapes Prometheus
    /// itself needs the port before it is written).
    public init(configuration: String, ruleFiles: [[UInt8]] = [], port: Int? = nil) throws {
        guard let executable = TestEnvironment.prometheus else {
            throw StartError(description: "prometheus is not installed (apt-get install -y prometheus)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-prometheus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = configuration
        if !ruleFiles.isEmpty {
            configuration += (configuration.hasSuffix("\n") ? "" : "\n") + "rule_files:\n"
            for (index, rules) in ruleFiles.enumerated() {
                let path = folder.appendingPathComponent("rules-\(index).yml")
                try Data(rules).write(to: path)
                configuration += "- '\(path.path)'\n"
            }
        }
        let configPath = folder.appendingPathComponent("prometheus.yml")
        try Data(configuration.utf8).write(to: configPath)
        self.port = try port ?? LocalPrometheus.freePort()
        let log = folder.appendingPathComponent("prometheus.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--config.file=\(configPath.path)", "--storage.tsdb.path=\(folder.appendingPathComponent("data").path)",
                             "--web.listen-address=127.0.0.1:\(self.port)", "--log.level=warn"]
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit { stop() }

    /// Stops it by its PID and removes its folder. Safe to call more than once.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The end of its log, for failure messages.
    public var logTail: String {
        let text = (try? String(contentsOf: folder.appendingPathComponent("prometheus.log"), encoding: .utf8)) ?? ""
        return String(text.suffix(2000))
    }

    /// A port on 127.0.0.1 nothing listens on right now (bound, read, released).
    public static func freePort() throws -> Int {
        do {
            let (descriptor, port) = try LoopbackSocket.bound()
            close(descriptor)
            return port
        } catch {
            throw StartError(description: "\(error)")
        }
    }
}
