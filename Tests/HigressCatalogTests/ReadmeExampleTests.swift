import Graft
import Testing

/// The README's example, kept here so that it keeps compiling and rendering as the README says.
@Suite("The README's example")
struct ReadmeExampleTests {
    @Test("renders: flowed layout, kind defaults, the export header, the folder")
    func renders() throws {
        let gateway = QueryVariable("gateway", query: "label_values(envoy_server_live, higress)")
        let selected = gateway.matcher("higress")  // higress="$gateway"

        let dashboard = Dashboard("Higress gateway", uid: "higress-gateway") {
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

        let model = try dashboard.render()
        #expect(model.panels?.map(\.gridPos) == [GridPos(h: 1, w: 24, x: 0, y: 0), GridPos(h: 4, w: 6, x: 0, y: 1),
                                                 GridPos(h: 8, w: 12, x: 6, y: 1)])
        #expect(model.panels?[2].targets?.map(\.legendFormat) == ["P50", "P99"])
        #expect(model.panels?[2].targets?.map(\.refId) == ["A", "B"])
        #expect(model.inputs?.map(\.name) == ["DS_PROMETHEUS"])
        #expect(model.requires?.compactMap(\.id) == ["grafana", "prometheus", "stat", "timeseries"])
        #expect(dashboard.folder?.leaf?.uid == "higress")
        #expect(model.panels?[1].targets?.first?.expr == #"sum(rate(envoy_http_downstream_rq_total{higress="$gateway"}[5m]))"#)
        #expect(model.variables?.map(\.name) == ["gateway"])
    }
}
