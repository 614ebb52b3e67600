import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

@Suite("Time series options: axes, lines and fills, null values, stacking, thresholds")
struct GraphOptionTests {
    @Test("axes: placement, label, soft range, scale, centred zero, border, colour, width, grid")
    func axes() throws {
        let panel = Timeseries("Panel Title").axisPlacement(.right).axisLabel("req/s").softRange(min: 0, max: 100)
            .scaleDistribution(.log(base: 10)).axisCenteredZero().axisBorderShow().axisColorMode(.series).axisWidth(60)
            .axisGridShow(false)
        #expect(try written(panel) == [
            "custom.axisPlacement": "right", "custom.axisLabel": "req/s", "custom.axisSoftMin": 0, "custom.axisSoftMax": 100,
            "custom.scaleDistribution.type": "log", "custom.scaleDistribution.log": 10, "custom.axisCenteredZero": true,
            "custom.axisBorderShow": true, "custom.axisColorMode": "series", "custom.axisWidth": 60, "custom.axisGridShow": false,
        ])
        #expect(try written(Timeseries("Panel Title").softRange(max: 1)) == ["custom.axisSoftMax": 1])
        #expect(try written(Timeseries("Panel Title").scaleDistribution(.symlog(linearThreshold: 5))) == [
            "custom.scaleDistribution.type": "symlog", "custom.scaleDistribution.log": 2, "custom.scaleDistribution.linearThreshold": 5,
        ])
        // Back to linear drops the base.
        #expect(try written(Timeseries("Panel Title").scaleDistribution(.log()).scaleDistribution(.linear)) == [:])
    }

    @Test("lines, fills, gradients and points")
    func graphStyle() throws {
        let panel = Timeseries("Panel Title").lineWidth(2).fillOpacity(25).gradientMode(.opacity).lineStyle(.dashed(10, 20))
            .pointSize(4).showPoints(.always).barAlignment(.after).barWidthFactor(0.8).drawStyle(.bars).lineInterpolation(.smooth)
        #expect(try written(panel) == [
            "custom.lineWidth": 2, "custom.fillOpacity": 25, "custom.gradientMode": "opacity",
            "custom.lineStyle.fill": "dash", "custom.lineStyle.dash": [10, 20], "custom.pointSize": 4, "custom.showPoints": "always",
            "custom.barAlignment": 1, "custom.barWidthFactor": 0.8, "custom.drawStyle": "bars", "custom.lineInterpolation": "smooth",
        ])
        #expect(try written(Timeseries("Panel Title").lineStyle(.dotted())) == ["custom.lineStyle.fill": "dot", "custom.lineStyle.dash": [0, 10]])
        #expect(try written(Timeseries("Panel Title").lineStyle(.dashed())) == ["custom.lineStyle.fill": "dash", "custom.lineStyle.dash": [10, 10]])
        #expect(try written(Timeseries("Panel Title").lineStyle(.solid)) == ["custom.lineStyle.fill": "solid"])
    }

    @Test("null values: connected always, below a gap, or broken above one")
    func nullValues() throws {
        #expect(try written(Timeseries("Panel Title").spanNulls(true)) == ["custom.spanNulls": true])
        #expect(try written(Timeseries("Panel Title").spanNulls(below: 3_600_000).insertNulls(above: 600_000)) == [
            "custom.spanNulls": 3_600_000, "custom.insertNulls": 600_000,
        ])
    }

    @Test("stacking: mode and group, one change")
    func stacking() throws {
        #expect(try written(Timeseries("Panel Title").stacking(.normal)) == ["custom.stacking.mode": "normal"])
        #expect(try written(Timeseries("Panel Title").stacking(.percent, group: "B")) == [
            "custom.stacking.mode": "percent", "custom.stacking.group": "B",
        ])
    }

    @Test("thresholds drawn as lines, areas or both; the alert threshold of a migrated graph")
    func thresholdsStyle() throws {
        #expect(try written(Timeseries("Panel Title").thresholdsStyle(.lineAndArea)) == ["custom.thresholdsStyle.mode": "line+area"])
        #expect(try written(Timeseries("Panel Title").alertThreshold(true)) == ["options.alertThreshold": true])
        #expect(try written(Timeseries("Panel Title").alertThreshold(true))
            == (try written(Timeseries("Panel Title").option("alertThreshold", true))))
    }
}
