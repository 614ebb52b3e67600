import Graft
import Testing
@testable import Observability

@Test("every dashboard and monitor renders, each dashboard to a file of its own")
func catalogRenders() throws {
    let files = try catalog.renderFiles()
    let dashboards = files.filter { $0.path.hasPrefix("dashboards/") }
    #expect(dashboards.count == catalog.dashboards.count)
    #expect(files.contains { $0.path.hasSuffix(".podmonitor.yaml") })
}

@Test("the example dashboard queries only what the example monitor scrapes")
func exampleQueriesItsJob() throws {
    let queries = try exampleDashboard.render().allPanels.flatMap { $0.targets ?? [] }.compactMap(\.expr)
    #expect(!queries.isEmpty)
    #expect(queries.allSatisfy { $0.contains(#"job="default/example-app""#) })
}
