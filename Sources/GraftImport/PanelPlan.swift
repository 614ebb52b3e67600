import GraftDSL
import GraftJSON
import GraftModel

/// What every panel of a dashboard is generated with: the plugin names of its export header,
/// the label filters its queries share, the datasource panels get by default.
struct PanelContext {
    /// Panel plugin names by id, from `__requires` (for `GenericPanel(pluginName:)`).
    var pluginNames: [String: String]
    /// The locals the queries interpolate.
    var filters: LabelFilters
    /// The datasource of panels that name none.
    var defaultDatasource: DataSourceRef?
}

/// One panel as generated code writes it: its constructor, its queries, its modifiers, and the
/// panel the DSL makes of them.
struct PanelPlan {
    /// The DSL type the code makes (`Stat`), which shared modifiers are factored by.
    var typeName: String
    /// `Stat("title")`, `GenericPanel("plugin", title: "title")`...
    var head: Code
    /// The queries, one a line in the trailing closure.
    var queries: [QueryPlan]
    /// The panel the constructor makes.
    var base: PanelSpec
    /// The modifiers that set what they are named for; `StyleFactoring` may move some into a helper.
    var modifiers: [Modifier<PanelSpec>]
    /// `.configure { ... }` for what no modifier sets, computed against the modifiers' result.
    var repair: Code?
    /// Size, position and id, from the section's layout.
    var layout: [Code] = []
    /// The panel the code makes, laid out.
    var spec: PanelSpec

    /// The panel's code.
    var swiftCode: Code {
        .chain(head: head, body: queries.map(\.swiftCode), modifiers: modifiers.map(\.code) + (repair.map { [$0] } ?? []) + layout)
    }

    /// The code for `expected`: the panel as it must be before rendering (datasources and query
    /// letters that rendering fills in left out, grid position aside).
    init(_ expected: PanelModel, context: PanelContext) {
        let kind = PanelCodeKind.known[expected.type] ?? .generic(expected.type, pluginName: context.pluginNames[expected.type])
        let title = expected.title ?? ""
        let datasourceType = (expected.datasource ?? context.defaultDatasource)?.type
        queries = (expected.targets ?? []).map { QueryPlan($0, datasourceType: datasourceType, filters: context.filters) }
        typeName = kind.typeName
        head = kind.head(title.swiftCode)
        base = kind.make(title, queries.map(\.target))
        if kind.kind.id == PanelKind.text.id, let content = expected.options?["content"]?.stringValue,
           content != base.model.options?["content"]?.stringValue || expected.options?["mode"] != base.model.options?["mode"],
           let mode = TextMode(rawValue: expected.options?["mode"]?.stringValue ?? TextMode.markdown.rawValue) {
            head = .call("Text", [title.swiftCode, .argument("content", content.swiftCode)]
                         + (mode == .markdown ? [] : [.argument("mode", mode.swiftCode())]))
            base = Text(title, content: content, mode: mode).spec
        }
        var chain = PanelModifiers(base)
        chain.addCommon(expected)
        if kind.traits.contains(.fields), let defaults = expected.fieldConfig?.defaults {
            chain.addFieldDefaults(defaults, kind: kind)
            chain.addOverrides(expected.fieldConfig?.overrides)
        }
        if let options = expected.options { chain.addOptions(options, kind: kind) }
        chain.addTail(expected)
        modifiers = chain.modifiers

        // What no modifier set, set member by member; layout and id are the section's.
        var built = chain.spec.model
        built.id = expected.id
        built.gridPos = expected.gridPos
        let repairs = PanelModel.repair("$0", built, expected)
        repair = repairs.isEmpty ? nil : .block(open: ".configure {", statements: repairs, close: "}")
        spec = chain.spec
        spec.model = expected
        spec.model.gridPos = nil
    }
}

extension PanelModifiers {
    /// Title and datasource.
    mutating func addCommon(_ expected: PanelModel) {
        if (expected.title ?? "").isEmpty { add(.text(".untitled()")) { $0.untitled() } }
        if let datasource = expected.datasource, datasource != spec.model.datasource, let code = datasource.fullCode {
            add(.call(".datasource", [code])) { $0.datasource(datasource) }
        }
    }

    /// Transformations, the members declared with a modifier (description, query interval, data
    /// points...), own time range, links, repeat, transparency and library panel.
    mutating func addTail(_ expected: PanelModel) {
        if let transformations = expected.transformations, !transformations.isEmpty, spec.model.transformations == nil {
            let seeds = transformations.map { Transformation.seed(for: $0) }
            let values = seeds.map(\.value)
            add(.block(open: ".transformations {", statements: seeds.map(\.code), close: "}")) { $0.transformations { values } }
        }
        for modifier in DeclaredModifiers(from: spec.model, to: expected).found {
            add(modifier.code) { $0.configure(modifier.set) }
        }
        if (expected.timeFrom, expected.timeShift, expected.hideTimeOverride) != (spec.model.timeFrom, spec.model.timeShift, spec.model.hideTimeOverride) {
            let arguments = [expected.timeFrom.map { Code.argument("from", $0.swiftCode) }, expected.timeShift.map { .argument("shift", $0.swiftCode) },
                             expected.hideTimeOverride.map { .argument("hidden", $0.swiftCode) }].compactMap { $0 }
            add(.call(".time", arguments)) { $0.time(from: expected.timeFrom, shift: expected.timeShift, hidden: expected.hideTimeOverride) }
        }
        if let links = expected.links, spec.model.links == nil {
            for link in links {
                guard link.unmodeled.isEmpty, let title = link.title, let url = link.url else { break }
                let arguments = [title.swiftCode, .argument("url", url.swiftCode)] + (link.targetBlank.map { [.argument("newTab", $0.swiftCode)] } ?? [])
                add(.call(".link", arguments)) { $0.link(title, url: url, newTab: link.targetBlank) }
            }
        }
        if let variable = expected.repeat, variable != spec.model.repeat,
           let direction = RepeatDirection(rawValue: expected.repeatDirection ?? RepeatDirection.horizontal.rawValue) {
            let arguments = [variable.swiftCode] + (direction == .horizontal ? [] : [.argument("direction", direction.swiftCode())])
                + (expected.maxPerRow.map { [.argument("maxPerRow", $0.swiftCode)] } ?? [])
            add(.call(".repeat", arguments)) { $0.repeat(variable, direction: direction, maxPerRow: expected.maxPerRow) }
        }
        if let transparent = expected.transparent, transparent != spec.model.transparent {
            add(.text(transparent ? ".transparent()" : ".transparent(false)")) { $0.transparent(transparent) }
        }
        if let library = expected.libraryPanel, library.unmodeled.isEmpty, let name = library.name, library != spec.model.libraryPanel {
            add(.call(".libraryPanel", [.argument("uid", library.uid.swiftCode), .argument("name", name.swiftCode)])) {
                $0.libraryPanel(uid: library.uid, name: name)
            }
        }
    }
}
