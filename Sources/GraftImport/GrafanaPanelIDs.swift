import GraftJSON

/// The ids Grafana's dashboard model gives panels when it loads a dashboard
/// (`ensurePanelsHaveUniqueIds`): going through the panels in order, each row's folded panels
/// right after it, a panel without an id (or with 0, or with one an earlier panel has) gets the
/// next id above the largest there is. The importer gives them the same before reading the
/// panels, so the Swift renders the ids Grafana saves.
enum GrafanaPanelIDs {
    /// The largest id Grafana's frontend holds exactly (JavaScript's `Number.MAX_SAFE_INTEGER`,
    /// 2^53 - 1); ids are refused beyond it, so the next id above the largest always exists.
    static let largestID = 9_007_199_254_740_991

    /// `value` (the id at `path` of `file`) as a whole number, when it has one; throws when it is
    /// one beyond `largestID` either way.
    static func checked(_ value: JSON?, at path: JSONPath, file: String) throws -> Int? {
        guard let id = value?.numberValue?.intValue else { return nil }
        // A range, not abs(): abs(Int.min) has no Int.
        guard (-largestID...largestID).contains(id) else {
            throw ImportError(file: file, path: path, message: "expected a panel id of at most \(largestID) either way (the largest whole number "
                + "Grafana's frontend holds exactly), found \(id)")
        }
        return id
    }

    /// Gives ids to the panels of `dashboard` (at `root` of `file`) that need one; for each, its
    /// title and new id. Throws for an id beyond `largestID`.
    static func assign(_ dashboard: inout JSONObject, at root: JSONPath, file: String) throws -> [(title: String, id: Int)] {
        guard case .array(var panels)? = dashboard["panels"] else { return [] }
        var largest = 0
        for (panel, path) in flattened(panels, at: root.appending("panels")) {
            largest = max(largest, try checked(panel["id"], at: path.appending("id"), file: file) ?? 0)
        }
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

    /// The panels (at `path`) in Grafana's order, each with its path: each top-level one, then the
    /// panels a row carries.
    private static func flattened(_ panels: [JSON], at path: JSONPath) -> [(JSONObject, JSONPath)] {
        panels.enumerated().flatMap { index, panel -> [(JSONObject, JSONPath)] in
            guard case .object(let object) = panel else { return [] }
            let panelPath = path.appending(index)
            return [(object, panelPath)] + (object["panels"]?.arrayValue ?? []).enumerated().compactMap { child, value in
                value.objectValue.map { ($0, panelPath.appending("panels").appending(child)) }
            }
        }
    }
}
