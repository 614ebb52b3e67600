import GraftJSON
import GraftModel

/// A panel of any plugin, its options and field config set by key: for plugins Graft has no type for.
public struct GenericPanel: FieldPanel {
    public var spec: PanelSpec

    /// A panel of plugin `pluginId` (named `pluginName` in an export's `__requires`) titled `title`.
    public init(_ pluginId: String, pluginName: String? = nil, title: String, size: PanelSize = .standard,
                @QueryBuilder queries: () -> [Target] = { [] }) {
        let kind = PanelKind(id: pluginId, name: pluginName ?? pluginId, defaultSize: size, options: [:],
                             fieldDefaults: FieldDefaults())
        spec = PanelSpec(kind: kind, title: title)
        spec.model.targets = queries()
    }
}
