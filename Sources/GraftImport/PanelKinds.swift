import GraftDSL
import GraftJSON
import GraftModel

/// How generated code makes a panel of one plugin: the DSL type it writes, the kind that type
/// has, and which families of modifiers it offers.
struct PanelCodeKind: Sendable {
    /// Families of modifiers a panel type offers.
    struct Traits: OptionSet, Sendable {
        let rawValue: Int
        /// Units, colours, thresholds, mappings, overrides (`FieldPanel`).
        static let fields = Traits(rawValue: 1)
        /// `.reduce(...)`, `.orientation(...)` (`ReducingPanel`).
        static let reducing = Traits(rawValue: 2)
        /// `.legend(...)`, `.tooltip(...)` (`LegendPanel`).
        static let legend = Traits(rawValue: 4)
    }

    /// The DSL type (`Stat`), or `GenericPanel`.
    var typeName: String
    /// The kind a new panel of that type has.
    var kind: PanelKind
    /// Its modifier families.
    var traits: Traits
    /// A new panel of this type titled `title` with `queries`, made by the DSL itself.
    var make: @Sendable (_ title: String, _ queries: [Target]) -> PanelSpec
    /// The constructor call generated code writes for `title` (queries follow in a closure).
    var head: @Sendable (_ title: Code) -> Code

    /// The kinds the DSL has a type for, by plugin id.
    static let known: [String: PanelCodeKind] = {
        func kind<P: PanelKindComponent>(_ type: P.Type, _ name: String, _ traits: Traits) -> (String, PanelCodeKind) {
            (P.kind.id, PanelCodeKind(typeName: name, kind: P.kind, traits: traits,
                                       make: { title, queries in P(title) { queries }.spec },
                                       head: { .call(name, [$0]) }))
        }
        return Dictionary(uniqueKeysWithValues: [
            kind(Stat.self, "Stat", [.fields, .reducing]), kind(Timeseries.self, "Timeseries", [.fields, .legend]),
            kind(Table.self, "Table", [.fields]), kind(Gauge.self, "Gauge", [.fields, .reducing]),
            kind(BarGauge.self, "BarGauge", [.fields, .reducing, .legend]), kind(PieChart.self, "PieChart", [.fields, .reducing, .legend]),
            kind(Heatmap.self, "Heatmap", [.fields]), kind(Text.self, "Text", []), kind(Logs.self, "Logs", []),
        ])
    }()

    /// A plugin Graft has no type for, written as `GenericPanel`; `pluginName` is what an export's
    /// `__requires` calls it.
    static func generic(_ pluginId: String, pluginName: String?) -> PanelCodeKind {
        let name = pluginName == pluginId ? nil : pluginName
        let panel = GenericPanel(pluginId, pluginName: name, title: "")
        return PanelCodeKind(
            typeName: "GenericPanel", kind: panel.spec.kind, traits: [.fields],
            make: { title, queries in GenericPanel(pluginId, pluginName: name, title: title) { queries }.spec },
            head: { title in
                .call("GenericPanel", [pluginId.swiftCode] + (name.map { [.argument("pluginName", $0.swiftCode)] } ?? []) + [.argument("title", title)])
            })
    }
}

/// A panel of any type, so that generated modifiers can be applied in-process through the very
/// protocol extensions compiled code calls.
struct AnyPanel: FieldPanel, ReducingPanel, LegendPanel {
    var spec: PanelSpec
}
