import Dispatch
import Foundation
import GraftHTTP
import GraftTestSupport
import Synchronization
import Testing

@Suite("Concurrent requests share one transfer thread")
struct ConcurrencyTests {
    /// Both the default options and those that used to take a thread a request (TLS options: libcurl's easy interface).
    @Test("32 requests in flight at once add a thread or two, not 32", .enabled(if: Services.canCountThreads, "skipped: no /proc/self/task"),
          arguments: [TLSOptions.system, TLSOptions(insecure: true)])
    func threadsDoNotGrowPerRequest(_ tls: TLSOptions) async throws {
        // Every request is held at the server until all 32 have arrived and the threads are counted.
        let arrived = Mutex(0)
        let gate = DispatchSemaphore(value: 0)
        let server = try HTTPTestServer { request in
            if request.path != "/warm-up" {
                arrived.withLock { $0 += 1 }
                gate.wait()
            }
            return .respond(.json(200, ["ok": true]))
        }
        defer { server.stop() }
        let service = try Services.at(server, tls: tls, timeout: .seconds(60))
        _ = try await service.send(Services.get("warm-up"))
        let before = Services.clientThreadCount()
        let (during, statuses) = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<32 {
                group.addTask { try await service.send(Services.get("r\(index)")).status }
            }
            let allArrived = await waitUntil { arrived.withLock { $0 } == 32 }
            let during = Services.clientThreadCount()
            for _ in 0..<32 { gate.signal() }
            var statuses: [Int] = []
            for try await status in group { statuses.append(status) }
            #expect(allArrived, "only \(arrived.withLock { $0 }) of 32 requests reached the server at once")
            return (during, statuses)
        }
        #expect(statuses == Array(repeating: 200, count: 32))
        #expect(during - before < 16, "threads went from \(before) to \(during) with 32 requests in flight")
    }
}
