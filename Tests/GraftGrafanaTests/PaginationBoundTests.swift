import Foundation
import GraftGrafana
import GraftHTTP
import GraftJSON
import GraftTestSupport
import Synchronization
import Testing

/// A server's pages drive Graft's listings; a server whose pages never end makes them stop.
@Suite("Listings follow a server's pages a bounded number of times")
struct PaginationBoundTests {
    let apis = GrafanaAPIs(version: "12.0.0", dashboardVersions: ["v1beta1"], folderVersions: ["v1beta1"])

    /// An app-platform object named `name`, as a list holds it.
    func object(_ name: String) -> JSON {
        ["apiVersion": "dashboard.grafana.app/v1beta1", "kind": "Dashboard", "metadata": ["name": .string(name), "resourceVersion": "1"], "spec": [:]]
    }

    func client(_ server: HTTPTestServer) throws -> GrafanaClient {
        GrafanaClient(try GrafanaConnection(baseURL: server.baseURL, retry: RetryPolicy(maximumAttempts: 1, initialDelay: .milliseconds(1))))
    }

    @Test("continue tokens that go round (A, B, A...) end the listing after the first repeat")
    func alternatingTokens() async throws {
        let requests = Mutex(0)
        let server = try HTTPTestServer { _ in
            let count = requests.withLock { $0 += 1; return $0 }
            // Ends by itself after 50 pages, so the test fails rather than hangs when the loop is not bounded.
            let token = count >= 50 ? "" : (count % 2 == 1 ? "A" : "B")
            return .respond(.json(200, ["items": [object("d\(count)")], "metadata": ["continue": .string(token)]]))
        }
        defer { server.stop() }
        let listing = try #require(AppPlatformClient(try client(server), apis: apis))
        let items = try await listing.list(.dashboards)
        #expect(requests.withLock { $0 } == 3)
        #expect(items.map(\.name) == ["d1", "d2", "d3"])
    }

    @Test("fresh tokens forever: more than 100000 objects is an error naming the request")
    func endlessTokens() async throws {
        let page = JSON.array((0..<500).map { object("d\($0)") })
        let requests = Mutex(0)
        let server = try HTTPTestServer { _ in
            let count = requests.withLock { $0 += 1; return $0 }
            return .respond(.json(200, ["items": page, "metadata": ["continue": .string(count >= 400 ? "" : "t\(count)")]]))
        }
        defer { server.stop() }
        let listing = try #require(AppPlatformClient(try client(server), apis: apis))
        let error = try await #require(throws: APIError.self) { try await listing.list(.dashboards) }
        #expect("\(error)".contains("listing dashboards"), "\(error)")
        #expect("\(error)".contains("more than 100000 objects"), "\(error)")
        #expect(requests.withLock { $0 } == 201)
    }

    @Test("search pages that are always full end in an error naming the search")
    func endlessSearchPages() async throws {
        let page = JSON.array((0..<1000).map { ["uid": .string("u\($0)"), "title": "T", "type": "dash-db"] })
        let requests = Mutex(0)
        let server = try HTTPTestServer { _ in
            let count = requests.withLock { $0 += 1; return $0 }
            return .respond(.json(200, count >= 200 ? [] : page))
        }
        defer { server.stop() }
        let error = try await #require(throws: APIError.self) { try await client(server).searchAll(SearchQuery(type: "dash-db", limit: 1000)) }
        #expect("\(error)".contains("searching dashboards"), "\(error)")
        #expect("\(error)".contains("more than 100000 objects"), "\(error)")
        #expect(requests.withLock { $0 } == 101)
    }
}
