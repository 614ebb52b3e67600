import GraftModel
@testable import GraftReview
import Testing

/// Which labels a panel shows that its series leave empty.
@Suite struct LabelGapTests {
    func sample(_ labels: [String: String]) -> PrometheusClient.Sample { PrometheusClient.Sample(labels: labels, value: "1") }

    func panel(_ type: String) -> PanelModel { PanelModel(type: type) }

    @Test func theLegendsLabelsMustBeFilled() {
        var target = Target(expr: "m")
        target.legendFormat = "{{pod}} {{ container }} on {{node}}"
        let gaps = LabelGap.find(in: [sample(["pod": "a", "container": "x"]), sample(["pod": "b", "container": ""])], expression: "m",
                                 target: target, panel: panel("timeseries"))
        #expect(gaps.map(\.description) == [#""container" empty on 1 of 2 series (the legend names it)"#,
                                            #""node" empty on 2 of 2 series (the legend names it)"#])
    }

    @Test func whatTheQueryPromisesMustBeFilled() {
        let expression = #"label_replace(sum by (cluster_name) (m), "service", "$1", "cluster_name", "outbound_(.*)")"#
        let gaps = LabelGap.find(in: [sample(["cluster_name": "outbound|443||llm"])], expression: expression, target: Target(expr: expression),
                                 panel: panel("timeseries"))
        #expect(gaps == [LabelGap(label: "service", missing: 1, series: 1, shownBy: .query)])
    }

    @Test func aTableColumnSomeRowsFillMustBeFilledOnAll() {
        let gaps = LabelGap.find(in: [sample(["route": "a", "model": "m"]), sample(["route": "b"])], expression: "m", target: Target(expr: "m"),
                                 panel: panel("table"))
        #expect(gaps == [LabelGap(label: "model", missing: 1, series: 2, shownBy: .tableColumn)])
        // Outside a table, labels the panel does not show may be missing.
        #expect(LabelGap.find(in: [sample(["route": "a", "model": "m"]), sample(["route": "b"])], expression: "m", target: Target(expr: "m"),
                              panel: panel("timeseries")).isEmpty)
        // No series: nothing to say here (the query fails as empty).
        #expect(LabelGap.find(in: [], expression: "sum by (a) (m)", target: Target(expr: "m"), panel: panel("table")).isEmpty)
    }
}
