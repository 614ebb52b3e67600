import GraftJSON

/// The ids Grafana's dashboard model gives panels when it loads a dashboard
/// (`ensurePanelsHaveUniqueIds`): going through the panels in order, each row's folded panels
/// right after it, a panel without an id (or with 0, or with one an earlier panel has) gets the
/// next id above the largest there is. The importer gives them the same before reading the
/// panels, so the Swift renders the ids Grafana saves.
enum GrafanaPanelIDs {
    /// Gives ids to the panels of `dashboard` that need one; for each, its title and new id.
    static func assign(_ dashboard: inout JSONObject) -> [(title: String, id: Int)] {
        guard case .array(var panels)? = dashboard["panels"] else { return [] }
        var largest = 0
        for panel in flattened(panels) { largest = max(largest, panel["id"]?.numberValue?.intValue ?? 0) }
        var next = largest + 1
        var seen: Set<Int> = []
        var given: [(title: String, id: Int)] = []
        func visit(_ panel: inout JSONObject) {
            let value = panel["id"]
            // Grafana tests `!panel.id`: only a missing id, null, 0, false or "" is replaced; any other
            // value (a string, a fraction) is kept as it is, and only whole numbers can repeat.
            let id = value?.numberValue?.intValue
            if GrafanaPanelIDs.isFalsy(value) || id.map(seen.contains) == true {
                panel["id"] = .int(next)
                given.append((panel["title"]?.stringValue ?? "", next))
                seen.insert(next)
                next += 1
            } else if let id {
                seen.insert(id)
            }
        }
        for index in panels.indices {
            guard case .object(var panel) = panels[index] else { continue }
            visit(&panel)
            if case .array(var children)? = panel["panels"] {
                for child in children.indices {
                    guard case .object(var object) = children[child] else { continue }
                    visit(&object)
                    children[child] = .object(object)
                }
                panel["panels"] = .array(children)
            }
            panels[index] = .object(panel)
        }
        if !given.isEmpty { dashboard["panels"] = .array(panels) }
        return given
    }

    /// Whether JavaScript reads `value` as false: missing, null, false, 0 or "".
    private static func isFalsy(_ value: JSON?) -> Bool {
        switch value {
        case nil, .null?, .bool(false)?: true
        case .number(let number)?: number.doubleValue == 0
        case .string(let text)?: text.isEmpty
        default: false
        }
    }

    /// The panels in Grafana's order: each top-level one, then the panels a row carries.
    private static func flattened(_ panels: [JSON]) -> [JSONObject] {
        panels.compactMap(\.objectValue).flatMap { [$0] + ($0["panels"]?.arrayValue ?? []).compactMap(\.objectValue) }
    }
}
