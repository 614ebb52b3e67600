import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

@Suite("Bar chart, state timeline, status history and histogram options")
struct NewKindOptionTests {
    @Test("bar chart: orientation, stacking, widths, values, labels, fields")
    func barChart() throws {
        let panel = BarChart("Panel Title").orientation(.horizontal).stacking(.normal).groupWidth(0.8).barWidth(0.5).barRadius(0.1)
            .showValue(.never).xTickLabelRotation(-45).xTickLabelMaxLength(12).xTickLabelSpacing(100).fullHighlight()
            .xField("route").colorByField("status").fillOpacity(100).gradientMode(.hue).axisPlacement(.hidden)
        #expect(try written(panel) == [
            "options.orientation": "horizontal", "options.stacking": "normal", "options.groupWidth": 0.8, "options.barWidth": 0.5,
            "options.barRadius": 0.1, "options.showValue": "never", "options.xTickLabelRotation": -45,
            "options.xTickLabelMaxLength": 12, "options.xTickLabelSpacing": 100, "options.fullHighlight": true,
            "options.xField": "route", "options.colorByField": "status", "custom.fillOpacity": 100, "custom.gradientMode": "hue",
            "custom.axisPlacement": "hidden",
        ])
        #expect(try written(BarChart("Panel Title").thresholdsStyle(.dashed)) == ["custom.thresholdsStyle.mode": "dashed"])
    }

    @Test("state timeline: merged values, alignment, row height, values, paging, legend")
    func stateTimeline() throws {
        let panel = StateTimeline("Panel Title").mergeValues(false).showValue(.always).alignValue(.center).rowHeight(0.5).perPage(10)
            .lineWidth(1).fillOpacity(90).legend(show: false)
        #expect(try written(panel) == [
            "options.mergeValues": false, "options.showValue": "always", "options.alignValue": "center", "options.rowHeight": 0.5,
            "options.perPage": 10, "custom.lineWidth": 1, "custom.fillOpacity": 90, "options.legend.showLegend": false,
        ])
        #expect(try written(StateTimeline("Panel Title").spanNulls(true)) == ["custom.spanNulls": true])
    }

    @Test("status history: values, row height, column width")
    func statusHistory() throws {
        let panel = StatusHistory("Panel Title").showValue(.never).rowHeight(1).colWidth(0.6)
        #expect(try written(panel) == ["options.showValue": "never", "options.rowHeight": 1, "options.colWidth": 0.6])
    }

    @Test("histogram: bucket count, size and offset, combined series")
    func histogram() throws {
        let panel = Histogram("Panel Title").bucketCount(20).bucketSize(0.25).bucketOffset(0.1).combine()
        #expect(try written(panel) == [
            "options.bucketCount": 20, "options.bucketSize": 0.25, "options.bucketOffset": 0.1, "options.combine": true,
        ])
        #expect(try written(Histogram("Panel Title").stacking(.normal)) == ["custom.stacking.mode": "normal"])
    }
}
