import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

/// Each override property has the id and value Grafana 11.3's override editor saves.
@Suite("Override properties")
struct FieldPropertyTests {
    static let cases: [(FieldProperty, JSON)] = [
        (.unit(.percent), ["id": "unit", "value": "percent"]),
        (.decimals(2), ["id": "decimals", "value": 2]),
        (.min(0), ["id": "min", "value": 0]),
        (.max(1.5), ["id": "max", "value": 1.5]),
        (.fieldMinMax(), ["id": "fieldMinMax", "value": true]),
        (.displayName("QPS"), ["id": "displayName", "value": "QPS"]),
        (.noValue("N/A"), ["id": "noValue", "value": "N/A"]),
        (.color(fixed: "red"), ["id": "color", "value": ["fixedColor": "red", "mode": "fixed"]]),
        (.color(.paletteClassic), ["id": "color", "value": ["mode": "palette-classic"]]),
        (.color(.shades, "blue"), ["id": "color", "value": ["fixedColor": "blue", "mode": "shades"]]),
        (.thresholds("green", (80, "red")), ["id": "thresholds", "value": [
            "mode": "absolute", "steps": [["color": "green", "value": nil], ["color": "red", "value": 80]],
        ]]),
        (.thresholds("green", mode: .percentage), ["id": "thresholds", "value": ["mode": "percentage", "steps": [["color": "green", "value": nil]]]]),
        (.mappings(.special(match: .null, result: MappingResult(text: "N/A"))), ["id": "mappings", "value": [
            ["options": ["match": "null", "result": ["text": "N/A"]], "type": "special"],
        ]]),
        (.links(PanelLink(title: "Logs", url: "/d/logs?var-pod=${__value.text}", targetBlank: true)), ["id": "links", "value": [
            ["targetBlank": true, "title": "Logs", "url": "/d/logs?var-pod=${__value.text}"],
        ]]),
        (.custom("width", 80), ["id": "custom.width", "value": 80]),
        (.width(120), ["id": "custom.width", "value": 120]),
        (.minWidth(50), ["id": "custom.minWidth", "value": 50]),
        (.align(.center), ["id": "custom.align", "value": "center"]),
        (.cellOptions(.colorBackground(.gradient)), ["id": "custom.cellOptions", "value": ["mode": "gradient", "type": "color-background"]]),
        (.cellOptions(.jsonView), ["id": "custom.cellOptions", "value": ["type": "json-view"]]),
        (.hidden(), ["id": "custom.hidden", "value": true]),
        (.filterable(), ["id": "custom.filterable", "value": true]),
        (.inspect(), ["id": "custom.inspect", "value": true]),
        (.hideFrom(viz: true), ["id": "custom.hideFrom", "value": ["legend": false, "tooltip": false, "viz": true]]),
        (.axisPlacement(.right), ["id": "custom.axisPlacement", "value": "right"]),
        (.axisLabel("bytes"), ["id": "custom.axisLabel", "value": "bytes"]),
        (.lineWidth(2), ["id": "custom.lineWidth", "value": 2]),
        (.fillOpacity(10), ["id": "custom.fillOpacity", "value": 10]),
        (.drawStyle(.bars), ["id": "custom.drawStyle", "value": "bars"]),
        (.lineInterpolation(.smooth), ["id": "custom.lineInterpolation", "value": "smooth"]),
        (.showPoints(.never), ["id": "custom.showPoints", "value": "never"]),
        (.pointSize(4), ["id": "custom.pointSize", "value": 4]),
        (.stacking(.normal), ["id": "custom.stacking", "value": ["mode": "normal"]]),
        (.stacking(.percent, group: "B"), ["id": "custom.stacking", "value": ["group": "B", "mode": "percent"]]),
        (.transform(.negativeY), ["id": "custom.transform", "value": "negative-Y"]),
        (.lineStyle(.solid), ["id": "custom.lineStyle", "value": ["fill": "solid"]]),
        (.lineStyle(.dashed()), ["id": "custom.lineStyle", "value": ["dash": [10, 10], "fill": "dash"]]),
        (.lineStyle(.dotted(0, 20)), ["id": "custom.lineStyle", "value": ["dash": [0, 20], "fill": "dot"]]),
    ]

    @Test("each constructor writes its id and value", arguments: cases)
    func property(_ property: FieldProperty, _ expected: JSON) {
        #expect(property.jsonValue == expected)
    }

    @Test("an override of typed properties lands in the panel's field config")
    func inPanel() throws {
        let table = Table("t") {}.overrides {
            Override(.byName("Time")) { FieldProperty.width(80); FieldProperty.hidden() }
        }
        let model = try Dashboard("d", uid: "d") { table }.render()
        let override = try #require(model.panels?.first?.fieldConfig?.overrides?.first)
        #expect(override.properties.map(\.id) == ["custom.width", "custom.hidden"])
    }
}
