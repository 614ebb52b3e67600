import Foundation
import GraftHTTP
import GraftTestSupport

/// Services over the local test server, and a look at the process's threads.
enum Services {
    /// One attempt only: these tests watch a single transfer.
    static let once = RetryPolicy(maximumAttempts: 1)

    /// A service named `Test` at `server`.
    static func at(_ server: HTTPTestServer, credentials: Credentials = .none, tls: TLSOptions = .system, timeout: Duration = .seconds(10),
                   retry: RetryPolicy = once, limit: Int = ServiceEndpoint.defaultMaximumResponseSize) throws -> HTTPService {
        HTTPService(try ServiceEndpoint(service: "Test", baseURL: server.baseURL, credentials: credentials, tls: tls, requestTimeout: timeout,
                                        retry: retry, maximumResponseSize: limit))
    }

    /// `GET /<path>`.
    static func get(_ path: String) -> HTTPRequest { HTTPRequest(method: "GET", path: [path], action: "reading \(path)") }

    /// Whether the system lists a process's threads in `/proc/self/task` (Linux).
    static let canCountThreads = FileManager.default.fileExists(atPath: "/proc/self/task")

    /// The process's threads, leaving out the test server's own (named `HTTPTestServer`).
    static func clientThreadCount() -> Int {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        return tasks.filter { task in
            let name = (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)) ?? ""
            return !name.hasPrefix("HTTPTestServer")
        }.count
    }
}
