import GraftDSL
import GraftJSON
import GraftModel

extension PanelModifiers {
    /// The kind's options in modifiers: reducers, legend, tooltip and each kind's own, then
    /// `.option(path, value)` for the rest.
    mutating func addOptions(_ expected: JSONObject, kind: PanelCodeKind) {
        var groups: Set<String> = []
        if kind.traits.contains(.reducing) { groups.insert("reduceOptions") }
        if kind.traits.contains(.legend) { groups.formUnion(["legend", "tooltip"]) }
        if kind.kind.id == PanelKind.table.id { groups.insert("footer") }
        var changes = JSONChanges(from: spec.model.options, to: expected, splitting: groups)
        if kind.traits.contains(.reducing) { addReducing(&changes, expected) }
        if kind.traits.contains(.legend) { addLegend(&changes, expected) }
        switch kind.kind.id {
        case PanelKind.stat.id: addStat(&changes)
        case PanelKind.table.id: addTable(&changes, expected)
        case PanelKind.gauge.id:
            if changes.has("showThresholdLabels") || changes.has("showThresholdMarkers"),
               let labels = expected["showThresholdLabels"]?.boolValue, let markers = expected["showThresholdMarkers"]?.boolValue {
                _ = changes.take("showThresholdLabels")
                _ = changes.take("showThresholdMarkers")
                add(Gauge.self, .call(".thresholdDisplay", [.argument("labels", labels.swiftCode), .argument("markers", markers.swiftCode)])) {
                    $0.thresholdDisplay(labels: labels, markers: markers)
                }
            }
        case PanelKind.barGauge.id:
            add(BarGauge.displayMode, at: "displayMode", from: &changes)
        case PanelKind.pieChart.id:
            add(PieChart.pieType, at: "pieType", from: &changes)
        case PanelKind.heatmap.id:
            if let scheme = changes.takeString("color.scheme") { add(Heatmap.self, .call(".colorScheme", [scheme.swiftCode])) { $0.colorScheme(scheme) } }
            if let unit = changes.takeString("yAxis.unit") {
                add(Heatmap.self, .call(".yAxisUnit", [Unit(unit).swiftCode])) { $0.yAxisUnit(Unit(unit)) }
            }
        case PanelKind.logs.id:
            if let show = changes.takeBool("showTime") { add(Logs.self, .text(show ? ".showTime()" : ".showTime(false)")) { $0.showTime(show) } }
            if let wrap = changes.takeBool("wrapLogMessage") {
                add(Logs.self, .text(wrap ? ".wrapLines()" : ".wrapLines(false)")) { $0.wrapLines(wrap) }
            }
            if changes.value(at: "sortOrder") == "Ascending" {
                _ = changes.take("sortOrder")
                add(Logs.self, .text(".oldestFirst()")) { $0.oldestFirst() }
            }
        default:
            break
        }
        for change in changes.takeAll() {
            add(.call(".option", [change.dotted.swiftCode, change.value.swiftCode])) { $0.option(change.dotted, change.value) }
        }
    }

    /// `.reduce(...)` and `.orientation(...)`.
    private mutating func addReducing(_ changes: inout JSONChanges, _ expected: JSONObject) {
        let paths = ["reduceOptions.calcs", "reduceOptions.fields", "reduceOptions.values"]
        if paths.contains(where: changes.has), case .array(let list)? = expected["reduceOptions"]?["calcs"] {
            let calcs = list.compactMap(\.stringValue)
            if calcs.count == list.count {
                _ = changes.take(paths[0])
                let fields = changes.takeString(paths[1]), values = changes.takeBool(paths[2])
                let arguments = calcs.map { Reducer($0).swiftCode } + [fields.map { Code.argument("fields", $0.swiftCode) },
                                                                  values.map { Code.argument("allValues", $0.swiftCode) }].compactMap { $0 }
                // Variadic: applied as `.reduce` writes it.
                add(.call(".reduce", arguments)) {
                    var panel = $0.option("reduceOptions.calcs", .array(calcs.map(JSON.string)))
                    if let fields { panel = panel.option("reduceOptions.fields", .string(fields)) }
                    if let values { panel = panel.option("reduceOptions.values", .bool(values)) }
                    return panel
                }
            }
        }
        if let orientation = changes.take("orientation", as: VizOrientation.self) {
            add(.call(".orientation", [orientation.swiftCode()])) { $0.orientation(orientation) }
        }
    }

    /// `.legend(...)` and `.tooltip(...)`.
    private mutating func addLegend(_ changes: inout JSONChanges, _ expected: JSONObject) {
        let mode = changes.take("legend.displayMode", as: LegendDisplayMode.self), placement = changes.take("legend.placement", as: LegendPlacement.self)
        let calcs = changes.takeStrings("legend.calcs"), show = changes.takeBool("legend.showLegend")
        if mode != nil || placement != nil || calcs != nil || show != nil {
            let arguments: [Code?] = [
                mode.map { $0.swiftCode() }, placement.map { .argument("placement", $0.swiftCode()) },
                calcs.map { .argument("calcs", .list($0.map { Reducer($0).swiftCode })) }, show.map { .argument("show", $0.swiftCode) },
            ]
            add(.call(".legend", arguments.compactMap { $0 })) {
                $0.legend(mode, placement: placement,
                          calcs: calcs.map { $0.map { Reducer($0) } }, show: show)
            }
        }
        if changes.has("tooltip.mode") || changes.has("tooltip.sort"),
           let tooltip = expected["tooltip"]?["mode"]?.stringValue.flatMap(TooltipMode.init(rawValue:)) {
            _ = changes.take("tooltip.mode")
            let sort = changes.take("tooltip.sort", as: SortOrder.self)
            let arguments = [tooltip.swiftCode()] + (sort.map { [.argument("sort", $0.swiftCode(optional: true))] } ?? [])
            add(.call(".tooltip", arguments)) { $0.tooltip(tooltip, sort: sort) }
        }
    }

    /// A stat's colour, graph, justify and text modes.
    private mutating func addStat(_ changes: inout JSONChanges) {
        add(Stat.colorMode, at: "colorMode", from: &changes)
        add(Stat.graphMode, at: "graphMode", from: &changes)
        add(Stat.justifyMode, at: "justifyMode", from: &changes)
        add(Stat.textMode, at: "textMode", from: &changes)
    }

    /// A table's row height, sort and footer.
    private mutating func addTable(_ changes: inout JSONChanges, _ expected: JSONObject) {
        add(Table.cellHeight, at: "cellHeight", from: &changes)
        if case .array(let list)? = changes.value(at: "sortBy") {
            let columns = list.compactMap { entry -> (name: String, descending: Bool)? in
                guard let object = entry.objectValue, object.count == 2, let name = object["displayName"]?.stringValue,
                      let descending = object["desc"]?.boolValue else { return nil }
                return (name, descending)
            }
            if columns.count == list.count {
                _ = changes.take("sortBy")
                let items = columns.map { Code.text("(" + $0.name.swiftCode.flat! + ", " + ($0.descending ? "true" : "false") + ")") }
                add(Table.self, .call(".sortBy", [.list(items)])) { $0.sortBy(columns) }
            }
        }
        let footer = ["footer.show", "footer.reducer", "footer.countRows"]
        if footer.contains(where: changes.has), expected["footer"]?["show"] == true,
           case .array(let list)? = expected["footer"]?["reducer"], let countRows = expected["footer"]?["countRows"]?.boolValue {
            let reducers = list.compactMap(\.stringValue)
            if reducers.count == list.count {
                footer.forEach { _ = changes.take($0) }
                // Variadic: applied as `.footer` writes it.
                add(Table.self, .call(".footer", reducers.map { Reducer($0).swiftCode } + (countRows ? [.argument("countRows", .text("true"))] : []))) {
                    $0.option("footer.show", true).option("footer.reducer", .array(reducers.map(JSON.string)))
                        .option("footer.countRows", .bool(countRows))
                }
            }
        }
    }
}
