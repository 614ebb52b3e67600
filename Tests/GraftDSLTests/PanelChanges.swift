import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

/// What a panel's modifiers write: each value of the rendered panel that differs from a new panel of
/// its kind, by dotted path (`options.legend.placement`; `custom.` for `fieldConfig.defaults.custom.`),
/// and `removed` for each value of the new panel that is gone.
func written<Panel: PanelKindComponent>(_ panel: Panel) throws -> [String: JSON] {
    func values(_ panel: Panel) throws -> [String: JSON] {
        let object = try #require(try Dashboard("Options", uid: "options") { panel }.render().panels?.first?.jsonValue.objectValue)
        var values: [String: JSON] = [:]
        func collect(_ object: JSONObject, _ prefix: String) {
            for member in object.members {
                let path = prefix + member.key
                if case .object(let inner) = member.value, !inner.isEmpty { collect(inner, path + ".") } else { values[path] = member.value }
            }
        }
        collect(object, "")
        return values
    }
    let fresh = try values(Panel("Panel Title")), changed = try values(panel)
    var members: [String: JSON] = [:]
    for (path, value) in changed where fresh[path] != value { members[path] = value }
    for path in fresh.keys where changed[path] == nil { members[path] = "removed" }
    let custom = "fieldConfig.defaults.custom."
    return Dictionary(uniqueKeysWithValues: members.map { ($0.key.hasPrefix(custom) ? "custom." + $0.key.dropFirst(custom.count) : $0.key, $0.value) })
}
