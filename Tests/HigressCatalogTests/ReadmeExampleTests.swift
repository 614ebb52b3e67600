import Foundation
import Graft
import Testing

// The README's example, as it is there: file-scope declarations, the dashboard a computed property.
private let gateway: QueryVariable = QueryVariable("gateway", query: "label_values(envoy_server_live, higress)")
private let selected: String = gateway.matcher("higress")  // higress="$gateway"

private var gatewayDashboard: Dashboard {
    Dashboard("Higress gateway", uid: "higress-gateway") {
        Row("Traffic") {
            Stat("Requests") { Prometheus("sum(rate(envoy_http_downstream_rq_total{\(selected)}[5m]))") }
                .unit(.requestsPerSecond)
            Timeseries("Latency") {
                for quantile in ["0.50", "0.99"] {
                    Prometheus("histogram_quantile(\(quantile), sum(rate(envoy_http_downstream_rq_time_bucket{\(selected)}[5m])) by (le))")
                        .legend("P" + quantile.dropFirst(2))
                }
            }
            .unit(.milliseconds).legend(.table, placement: .right).tooltip(.multi)
        }
    }
    .datasource(.prometheus())
    .variables { gateway }
    .folder(FolderRef(uid: "higress", title: "Higress"))
}

/// The README's example, kept here so that it keeps compiling and rendering as the README says.
@Suite("The README's example")
struct ReadmeExampleTests {
    @Test("renders: flowed layout, kind defaults, the export header, the folder")
    func renders() throws {
        let model = try gatewayDashboard.render()
        #expect(model.panels?.map(\.gridPos) == [GridPos(h: 1, w: 24, x: 0, y: 0), GridPos(h: 4, w: 6, x: 0, y: 1),
                                                 GridPos(h: 8, w: 12, x: 6, y: 1)])
        #expect(model.panels?[2].targets?.map(\.legendFormat) == ["P50", "P99"])
        #expect(model.panels?[2].targets?.map(\.refId) == ["A", "B"])
        #expect(model.inputs?.map(\.name) == ["DS_PROMETHEUS"])
        #expect(model.requires?.compactMap(\.id) == ["grafana", "prometheus", "stat", "timeseries"])
        #expect(gatewayDashboard.folder?.leaf?.uid == "higress")
        #expect(model.panels?[1].targets?.first?.expr == #"sum(rate(envoy_http_downstream_rq_total{higress="$gateway"}[5m]))"#)
        #expect(model.variables?.map(\.name) == ["gateway"])
    }

    @Test("is the README's code: the declarations above, word for word, `private` aside")
    func matchesTheReadme() throws {
        let here = URL(fileURLWithPath: #filePath)
        let readme = try String(contentsOf: here.deletingLastPathComponent().appendingPathComponent("../../README.md").standardized, encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        let start = try #require(readme.range(of: "```swift\nimport Graft\n\n"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        let declarations = try #require(source.range(of: "private let gateway"))
        let declarationsEnd = try #require(source.range(of: "\n}\n", range: declarations.lowerBound..<source.endIndex))
        let kept = source[declarations.lowerBound..<declarationsEnd.upperBound].replacingOccurrences(of: "private ", with: "")
        #expect(kept == example + "\n")
    }
}
