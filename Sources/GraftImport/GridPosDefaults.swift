import GraftJSON
import GraftModel

/// What Grafana's panel model gives a panel whose `gridPos` lacks members (or holds `null`s): it
/// fills the position in from its defaults (`x` 0, `y` 0, `h` 3, `w` 6) when it loads the
/// dashboard, and its grid then moves the panel off any it overlaps. The importer does the same
/// before reading the panels, so such a dashboard imports as Grafana shows and saves it.
enum GridPosDefaults {
    /// Grafana's default position and size of a panel.
    static let defaults: [(key: String, value: Int)] = [("h", 3), ("w", 6), ("x", 0), ("y", 0)]

    /// Fills the missing and `null` members of every panel's `gridPos` (and the `gridPos` of a
    /// panel without one) in `dashboard`; the JSON paths of the panels changed.
    static func fill(_ dashboard: inout JSONObject, at root: JSONPath) -> [JSONPath] {
        guard case .array(var panels)? = dashboard["panels"] else { return [] }
        var changed: [JSONPath] = []
        fill(&panels, at: root.appending("panels"), changed: &changed)
        if !changed.isEmpty { dashboard["panels"] = .array(panels) }
        return changed
    }

    private static func fill(_ panels: inout [JSON], at path: JSONPath, changed: inout [JSONPath]) {
        for index in panels.indices {
            guard case .object(var panel) = panels[index] else { continue }
            let panelPath = path.appending(index)
            var touched = false
            var position: JSONObject
            switch panel["gridPos"] {
            case nil, .null?: position = JSONObject()
            case .object(let object)?: position = object
            default: continue  // not a position at all: the model reader says so
            }
            for (key, value) in defaults where position[key] == nil || position[key]?.isNull == true {
                position[key] = .int(value)
                touched = true
            }
            if touched {
                panel["gridPos"] = .object(position)
                changed.append(panelPath)
            }
            if case .array(var children)? = panel["panels"] {
                let before = changed.count
                fill(&children, at: panelPath.appending("panels"), changed: &changed)
                if changed.count > before {
                    panel["panels"] = .array(children)
                    touched = true
                }
            }
            if touched { panels[index] = .object(panel) }
        }
    }
}
