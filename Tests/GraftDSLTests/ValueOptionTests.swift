import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

@Suite("Stat, gauge and bar gauge options: text, colour and sizing")
struct ValueOptionTests {
    @Test("stat: text, colour, graph and justify modes, wide layout, percent change, text size")
    func stat() throws {
        let panel = Stat("Panel Title").textMode(.valueAndName).colorMode(.background).graphMode(.none).justifyMode(.center)
            .wideLayout(false).showPercentChange(colorMode: .inverted).textSize(title: 12, value: 40)
        #expect(try written(panel) == [
            "options.textMode": "value_and_name", "options.colorMode": "background", "options.graphMode": "none",
            "options.justifyMode": "center", "options.wideLayout": false, "options.showPercentChange": true,
            "options.percentChangeColorMode": "inverted", "options.text.titleSize": 12, "options.text.valueSize": 40,
        ])
        #expect(try written(Stat("Panel Title").showPercentChange()) == ["options.showPercentChange": true])
    }

    @Test("gauge: threshold markers and labels, sizing")
    func gauge() throws {
        let panel = Gauge("Panel Title").showThresholdMarkers(false).showThresholdLabels().sizing(.manual).minVizSize(width: 120, height: 90)
        #expect(try written(panel) == [
            "options.showThresholdMarkers": false, "options.showThresholdLabels": true, "options.sizing": "manual",
            "options.minVizWidth": 120, "options.minVizHeight": 90,
        ])
        #expect(try written(Gauge("Panel Title").thresholdDisplay(labels: true)) == ["options.showThresholdLabels": true])
    }

    @Test("bar gauge: display, value and name modes, unfilled part, sizing")
    func barGauge() throws {
        let panel = BarGauge("Panel Title").displayMode(.basic).valueMode(.text).namePlacement(.left).showUnfilled(false)
            .sizing(.manual).minVizSize(height: 24).maxVizHeight(48).textSize(value: 14)
        #expect(try written(panel) == [
            "options.displayMode": "basic", "options.valueMode": "text", "options.namePlacement": "left", "options.showUnfilled": false,
            "options.sizing": "manual", "options.minVizHeight": 24, "options.maxVizHeight": 48, "options.text.valueSize": 14,
        ])
    }
}
