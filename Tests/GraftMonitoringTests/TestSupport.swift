import Foundation
import GraftTestSupport
import Yams

/// The result of a finished command.
struct CommandResult {
    var status: Int32
    var output: String
}

/// Runs `executable` with `arguments` and waits for it, at most `timeout` seconds (then it is killed).
func runCommand(_ executable: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("graft-cmd-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    let handle = try FileHandle(forWritingTo: outputFile)
    defer { try? FileManager.default.removeItem(at: outputFile) }
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
        process.terminate()
        process.waitUntilExit()
    }
    try handle.close()
    let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    return CommandResult(status: process.terminationStatus, output: output)
}

/// A fresh temporary folder, removed by the caller.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("graft-monitoring-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A YAML document as plain values, comparable: what a YAML reader (kubectl, PyYAML) sees, key order aside.
indirect enum YAMLValue: Equatable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([YAMLValue])
    case map([String: YAMLValue])

    /// Reads a YAML document.
    init(yaml bytes: [UInt8]) throws {
        self.init(any: try Yams.load(yaml: String(decoding: bytes, as: UTF8.self)) as Any)
    }

    /// Reads a YAML document.
    init(yaml text: String) throws {
        self.init(any: try Yams.load(yaml: text) as Any)
    }

    init(any: Any) {
        switch any {
        case let value as String: self = .string(value)
        case let value as Bool: self = .bool(value)
        case let value as Int: self = .int(value)
        case let value as Double: self = .double(value)
        case let value as [Any]: self = .list(value.map(YAMLValue.init(any:)))
        case let value as [String: Any]: self = .map(value.mapValues(YAMLValue.init(any:)))
        default: self = .null
        }
    }

    /// The member `key` of a mapping.
    subscript(key: String) -> YAMLValue? { if case .map(let map) = self { return map[key] } else { return nil } }
    /// The element `index` of a list.
    subscript(index: Int) -> YAMLValue? {
        if case .list(let list) = self, list.indices.contains(index) { return list[index] } else { return nil }
    }
    /// The string, when this is one.
    var string: String? { if case .string(let value) = self { return value } else { return nil } }
    /// The elements, when this is a list.
    var list: [YAMLValue]? { if case .list(let value) = self { return value } else { return nil } }

    var description: String {
        switch self {
        case .string(let value): return "\"\(value)\""
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return String(value)
        case .null: return "null"
        case .list(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.keys.sorted().map { "\($0): \(map[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Writes `bytes` to `name` in `folder` and returns its path.
@discardableResult
func write(_ bytes: [UInt8], to name: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url
}

/// A plain HTTP/1.0 GET over loopback TCP (no proxy, no other address).
enum Loopback {
    /// GET `path` from 127.0.0.1:`port`: the status code and the body; at most 5 s per read.
    static func get(port: Int, path: String) throws -> (status: Int, body: [UInt8]) {
        let descriptor = LoopbackSocket.stream()
        guard descriptor >= 0 else { throw LoopbackError.socket }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var target = LoopbackSocket.address(port: UInt16(port))
        let connected = withUnsafePointer(to: &target) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { throw LoopbackError.connect }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ LoopbackSocket.send(descriptor, $0) }) == request.count else { throw LoopbackError.connect }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        let separator = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(0, response.count - 3)).first(where: { Array(response[$0..<$0 + 4]) == separator }) else { throw LoopbackError.response }
        let statusLine = String(decoding: response[0..<split], as: UTF8.self).split(separator: " ")
        guard statusLine.count > 1, let status = Int(statusLine[1]) else { throw LoopbackError.response }
        return (status, Array(response[(split + 4)...]))
    }
}

enum LoopbackError: Error { case socket, connect, response }
