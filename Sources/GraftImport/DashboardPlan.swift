import GraftDSL
import GraftJSON
import GraftModel

/// A whole dashboard in generated code, and the dashboard the DSL makes of that code, rendered
/// in-process and compared with the file before anything is written.
struct DashboardPlan {
    /// `var name: Dashboard { Dashboard(...) { ... }... }`.
    var declaration: String
    /// `private var generalRow: Row { Row("General") { ... }... }`, one for each row, in order.
    var rowDeclarations: [String]
    /// The label filters the queries interpolate.
    var locals: [LabelFilters.Local]
    /// The looks panels and queries share, as helper methods.
    var helpers: [StyleHelper]
    /// What rendering the generated code gives.
    var rendered: DashboardModel
    /// What was changed on the way in, for the person importing (panels without ids...).
    var notes: [String]

    /// The code for `source`'s dashboard, bound to `valueName`, written to `fileStem` by `graft render`.
    init(_ source: DashboardSource, file: String, valueName: String, fileStem: String) throws {
        var expected = source.model
        var notes: [String] = []
        let defaultDatasource = DashboardPlan.defaultDatasource(expected)
        DashboardPlan.completeQueries(&expected, defaultDatasource, notes: &notes)
        if expected.panels == nil {
            expected.panels = []
            notes.append("the dashboard has no \"panels\"; Graft writes an empty list")
        }
        var queries = expected.allPanels.flatMap { $0.targets ?? [] }.compactMap(\.expr)
        queries += (expected.variables ?? []).filter { $0.type == .query }.compactMap { $0.query?["query"]?.stringValue ?? $0.definition }
        let filters = LabelFilters(queries: queries, taken: [valueName])
        let context = PanelContext(pluginNames: DashboardPlan.pluginNames(expected), filters: filters, defaultDatasource: defaultDatasource)

        let layout = DashboardPlan.sections(expected, source.root)
        var loose: [PanelPlan]
        do {
            loose = try DashboardPlan.section(layout.loose.map(\.panel), top: 0, rowSize: false, context: context).plans
        } catch let problem as LayoutProblem {
            throw ImportError(file: file, path: layout.loose[problem.index].path, message: problem.message)
        }
        var rows: [RowPlan] = []
        for row in layout.rows {
            do {
                rows.append(try RowPlan(row.row, children: row.children.map(\.panel), below: row.below.map(\.panel), context: context))
            } catch let problem as RowPlan.Problem {
                let panels = problem.below ? row.below : row.children
                throw ImportError(file: file, path: panels[problem.layout.index].path, message: problem.layout.message)
            }
        }
        let helpers = DashboardPlan.factorStyles(&loose, &rows)
        let items = loose.map { DashboardItem.panel($0.spec) } + rows.map { .row($0.row) }
        // Each row is a property of its own: the dashboard reads as its list of rows.
        var names: Set<String> = Set(filters.locals.map(\.name)).union([valueName])
        let rowNames = rows.enumerated().map { index, row in
            let words = SwiftName.words(row.row.model.title ?? "")
            let base = words.isEmpty ? "row\(index + 1)" : SwiftName.lowerCamel(row.row.model.title ?? "", fallback: "row") + "Row"
            let name = DashboardImporter.unique(base, taken: names) { $0 + String($1) }
            names.insert(name)
            return name
        }
        let itemCodes = loose.map(\.swiftCode) + rowNames.map { Code.text($0) }
        rowDeclarations = zip(rowNames, rows).map { name, row in Code.computedProperty("private var \(name): Row", row.swiftCode) }

        let variables = (expected.variables ?? []).map { variable -> VariablePlan in
            var stripped = variable
            if variable.type == .query || variable.type == .adhoc, defaultDatasource != nil, variable.datasource == defaultDatasource {
                stripped.datasource = nil
            }
            return VariablePlan(stripped, filters: filters)
        }

        var attempt = try DashboardPlan.attempt(source, file: file, expected: expected, items: items, itemCodes: itemCodes, variables: variables,
                                                defaultDatasource: defaultDatasource, valueName: valueName, fileStem: fileStem, niceHeader: true)
        if attempt.header && !DashboardPlan.sameHeader(attempt.rendered, expected) {
            attempt = try DashboardPlan.attempt(source, file: file, expected: expected, items: items, itemCodes: itemCodes, variables: variables,
                                                defaultDatasource: defaultDatasource, valueName: valueName, fileStem: fileStem, niceHeader: false)
        }
        try DashboardPlan.compare(attempt.rendered, expected, source: source, file: file, normalised: !notes.isEmpty)
        declaration = Code.computedProperty("var \(valueName): Dashboard", attempt.swiftCode)
        self.helpers = helpers
        locals = filters.locals
        rendered = attempt.rendered
        self.notes = notes
    }

    // MARK: Sections

    /// A panel of the file and where it is.
    struct Located {
        var panel: PanelModel
        var path: JSONPath
    }

    /// A row of the file, its panels (the ones after it, or the ones it carries when folded), and
    /// the panels after it that a folded row leaves outside itself.
    struct RowSection {
        var row: PanelModel
        var children: [Located]
        var below: [Located] = []
    }

    /// The panels above the first row, and each row's section. Grafana keeps a top-level panel
    /// after a folded row outside every row (its scenes grid and its save model alike); the
    /// section says so, and the code writes it with `Row.loosePanelsBelow`.
    private static func sections(_ model: DashboardModel, _ root: JSONPath) -> (loose: [Located], rows: [RowSection]) {
        var loose: [Located] = []
        var rows: [RowSection] = []
        let panelsPath = root.appending("panels")
        for (index, panel) in (model.panels ?? []).enumerated() {
            let path = panelsPath.appending(index)
            if panel.isRow {
                let carried = panel.collapsed == true ? (panel.panels ?? []) : []
                rows.append(RowSection(row: panel, children: carried.enumerated().map { Located(panel: $1, path: path.appending("panels").appending($0)) }))
            } else if rows.isEmpty {
                loose.append(Located(panel: panel, path: path))
            } else if rows[rows.count - 1].row.collapsed == true {
                rows[rows.count - 1].below.append(Located(panel: panel, path: path))
            } else {
                rows[rows.count - 1].children.append(Located(panel: panel, path: path))
            }
        }
        return (loose, rows)
    }

    /// The plans of one section's panels, laid out, each ending with its id.
    static func section(_ panels: [PanelModel], top: Int, rowSize: Bool, context: PanelContext)
        throws -> (plans: [PanelPlan], panelSize: PanelSize?) {
        var plans = panels.map { PanelPlan(DashboardPlan.prepared($0, context: context), context: context) }
        let layout = try LayoutPlan(plans.map(\.spec), at: panels.map { $0.gridPos! }, top: top, rowSize: rowSize)
        for index in plans.indices {
            plans[index].spec = layout.specs[index]
            plans[index].layout = layout.modifiers[index]
            if let id = panels[index].id { plans[index].layout.append(.call(".id", [id.swiftCode])) }
        }
        return (plans, layout.panelSize)
    }

    /// The panel as it must be before rendering: datasources rendering fills in left out, and
    /// the query letters it would give the same.
    static func prepared(_ panel: PanelModel, context: PanelContext) -> PanelModel {
        var panel = panel
        guard var targets = panel.targets else { return panel }
        let datasource = panel.datasource ?? context.defaultDatasource
        if context.defaultDatasource != nil, panel.datasource == context.defaultDatasource { panel.datasource = nil }
        let fill = datasource == .mixed ? nil : datasource
        for index in targets.indices where fill != nil && targets[index].datasource == fill { targets[index].datasource = nil }
        // Leave out every letter rendering gives back as it is; keep the others.
        var trial = targets.map { target -> Target in
            var target = target
            target.refId = nil
            return target
        }
        // One at a time: a letter kept can make the next one come out right.
        while let wrong = Array(zip(DashboardPlan.letters(trial), targets)).firstIndex(where: { $0.0 != $0.1.refId }) {
            trial[wrong].refId = targets[wrong].refId
        }
        panel.targets = trial
        return panel
    }

    /// The letters rendering gives queries.
    private static func letters(_ targets: [Target]) -> [String?] {
        var spec = PanelSpec(kind: .timeseries, title: "scratch")
        spec.model.targets = targets
        let rendered = try? Dashboard("scratch", uid: "scratch") { DashboardItem.panel(spec) }.render()
        return rendered?.panels?.first?.targets?.map(\.refId) ?? targets.map(\.refId)
    }

    /// Moves the modifiers panels, then queries, of one type share into helper methods.
    private static func factorStyles(_ loose: inout [PanelPlan], _ rows: inout [RowPlan]) -> [StyleHelper] {
        var panels = loose + rows.flatMap { $0.plans + $0.belowPlans }
        var helpers = StyleFactoring.factor(&panels, suffix: "Style") { "\($0) panels" }
        var queries = panels.flatMap(\.queries)
        helpers += StyleFactoring.factor(&queries, suffix: "Style") { "\($0) queries" }
        // Put them back where they came from.
        var nextQuery = 0
        for index in panels.indices {
            let count = panels[index].queries.count
            panels[index].queries = Array(queries[nextQuery..<(nextQuery + count)])
            nextQuery += count
        }
        loose = Array(panels.prefix(loose.count))
        var nextPanel = loose.count
        func takeBack(_ count: Int) -> [PanelPlan] {
            defer { nextPanel += count }
            return Array(panels[nextPanel..<(nextPanel + count)])
        }
        for index in rows.indices {
            rows[index].plans = takeBack(rows[index].plans.count)
            rows[index].belowPlans = takeBack(rows[index].belowPlans.count)
        }
        return helpers
    }

    // MARK: Datasources

    /// The datasource most panels and variables that query use, which generated code leaves
    /// out; none when one of them names none (rendering would give it the default).
    static func defaultDatasource(_ model: DashboardModel) -> DataSourceRef? {
        var used: [DataSourceRef?] = model.allPanels.filter { !$0.isRow && $0.targets != nil }.map(\.datasource)
        used += (model.variables ?? []).filter { $0.type == .query || $0.type == .adhoc }.map(\.datasource)
        guard !used.contains(where: { $0 == nil }) else { return nil }
        var counts: [DataSourceRef: Int] = [:]
        for case let datasource? in used { counts[datasource, default: 0] += 1 }
        let first = model.inputs?.first { $0.type == "datasource" }.flatMap { input in input.name.map { DataSourceRef.input($0, type: input.pluginId ?? "") } }
        var best: DataSourceRef?
        for case let datasource? in used where best == nil || counts[datasource]! > counts[best!]! || (counts[datasource]! == counts[best!]! && datasource == first) {
            best = datasource
        }
        return best
    }

    /// Queries get what rendering gives those that have none: their panel's datasource, and a letter.
    private static func completeQueries(_ model: inout DashboardModel, _ defaultDatasource: DataSourceRef?, notes: inout [String]) {
        func complete(_ panels: inout [PanelModel]) {
            for index in panels.indices {
                if panels[index].panels != nil { complete(&panels[index].panels!) }
                guard !panels[index].isRow, var targets = panels[index].targets else { continue }
                let name = panels[index].id.map { "panel \($0)" } ?? "panel \"\(panels[index].title ?? "")\""
                let datasource = panels[index].datasource ?? defaultDatasource
                if let filled = datasource == .mixed ? nil : datasource {
                    for target in targets.indices where targets[target].datasource == nil {
                        targets[target].datasource = filled
                        notes.append("\(name), query \(targets[target].refId ?? String(target + 1)): it named no datasource; it now names its panel's")
                    }
                }
                if targets.contains(where: { $0.refId == nil }) {
                    let letters = DashboardPlan.letters(targets)
                    for target in targets.indices where targets[target].refId == nil {
                        targets[target].refId = letters[target]
                        notes.append("\(name), query \(target + 1): it had no letter (refId); it is now \(letters[target] ?? "")")
                    }
                }
                panels[index].targets = targets
            }
        }
        if model.panels != nil { complete(&model.panels!) }
    }

    /// Panel plugin names by id, from the export's `__requires`.
    private static func pluginNames(_ model: DashboardModel) -> [String: String] {
        var names: [String: String] = [:]
        for requirement in model.requires ?? [] where requirement.type == "panel" {
            if let id = requirement.id, let name = requirement.members["name"]?.stringValue { names[id] = name }
        }
        return names
    }

    // MARK: The dashboard

    /// One way of writing the dashboard, and what it renders.
    private struct Attempt {
        var swiftCode: Code
        var rendered: DashboardModel
        /// Whether the export header is left to the DSL (`.datasource(.prometheus(...))`).
        var header: Bool
    }

    /// The dashboard's code with its export header from datasource inputs (`niceHeader`) or set
    /// member by member, rendered.
    private static func attempt(_ source: DashboardSource, file: String, expected: DashboardModel, items: [DashboardItem], itemCodes: [Code],
                                variables: [VariablePlan], defaultDatasource: DataSourceRef?, valueName: String, fileStem: String,
                                niceHeader: Bool) throws -> Attempt {
        let title = expected.title ?? "", uid = expected.uid ?? ""
        var dashboard = Dashboard(title, uid: uid) { items }
        var codes: [Code] = []
        var statements: [Code] = []
        func add(_ code: Code, _ apply: (Dashboard) -> Dashboard) {
            dashboard = apply(dashboard)
            codes.append(code)
        }
        if let text = expected.description, text != dashboard.model.description { add(.call(".description", [text.swiftCode])) { $0.description(text) } }
        if let tags = expected.tags, tags != dashboard.model.tags, !tags.isEmpty {
            // Variadic: applied as `.tags` writes it.
            add(.call(".tags", tags.map(\.swiftCode))) { $0.configure { $0.model.tags = tags } }
        }
        if let time = expected.time, time != dashboard.model.time, time.unmodeled.isEmpty {
            add(.call(".time", [.argument("from", time.from.swiftCode)] + (time.to == "now" ? [] : [.argument("to", time.to.swiftCode)]))) {
                $0.time(from: time.from, to: time.to)
            }
        }
        if let zone = expected.timezone, zone != dashboard.model.timezone { add(.call(".timezone", [zone.swiftCode])) { $0.timezone(zone) } }
        if let refresh = expected.refresh, refresh != dashboard.model.refresh { add(.call(".refresh", [refresh.swiftCode])) { $0.refresh(refresh) } }
        if let version = expected.version, version != dashboard.model.version { add(.call(".version", [version.swiftCode])) { $0.version(version) } }
        if let tooltip = expected.graphTooltip, tooltip != dashboard.model.graphTooltip, tooltip == 1 || tooltip == 2 {
            add(.text(tooltip == 2 ? ".sharedCrosshair(tooltip: true)" : ".sharedCrosshair()")) { $0.sharedCrosshair(tooltip: tooltip == 2) }
        }
        if let links = expected.links, dashboard.model.links == [] {
            for link in links {
                guard let title = link.title, let url = link.url, link == DashboardLink(title: title, url: url) else { break }
                add(.call(".link", [title.swiftCode, .argument("url", url.swiftCode)])) { $0.link(title, url: url) }
            }
        }

        // Datasources: the export's inputs, or the default every panel and variable gets.
        var header = false
        if niceHeader, let inputs = expected.inputs, let dataInputs = DashboardPlan.dataSourceInputs(inputs, expected.requires ?? []), !dataInputs.isEmpty {
            header = true
            if let defaultDatasource, defaultDatasource != dataInputs[0].input.reference, let code = defaultDatasource.fullCode {
                add(.call(".datasource", [code])) { $0.datasource(defaultDatasource) }
            }
            for (input, code) in dataInputs { add(.call(".datasource", [code])) { $0.datasource(input) } }
            if defaultDatasource == nil { statements.append(.text("$0.defaultDatasource = nil")) }
            let version = expected.requires?.first { $0.type == "grafana" }?.members["version"]?.stringValue
            if let version, version != dashboard.grafanaVersion { statements.append(assignment("$0.grafanaVersion", version.swiftCode)) }
            dashboard.defaultDatasource = defaultDatasource
            dashboard.grafanaVersion = version ?? dashboard.grafanaVersion
        } else if let defaultDatasource, let code = defaultDatasource.fullCode {
            add(.call(".datasource", [code])) { $0.datasource(defaultDatasource) }
        }
        if !variables.isEmpty {
            let models = variables.map(\.model)
            add(.block(open: ".variables {", statements: variables.map(\.swiftCode), close: "}")) { $0.variables { models } }
        }
        if let folder = source.folder {
            add(.call(".folder", [.call("FolderRef", [.argument("uid", folder.uid.swiftCode), .argument("title", folder.title.swiftCode)])])) {
                $0.folder(folder)
            }
        }
        if fileStem != dashboard.fileStem { add(.call(".fileName", [fileStem.swiftCode])) { $0.fileName(fileStem) } }

        // The rest member by member: what the dashboard is before rendering fills in panels and header.
        var before = expected
        before.panels = nil
        before.variables = expected.variables == nil ? nil : variables.map(\.expected)
        if header {
            before.inputs = nil
            before.requires = nil
            if before.elements == [:] { before.elements = nil }
        }
        statements += DashboardModel.repair("$0.model", dashboard.model, before)
        dashboard.model = before
        if !statements.isEmpty { codes.append(.block(open: ".configure {", statements: statements, close: "}")) }

        let rendered: DashboardModel
        do {
            rendered = try dashboard.render()
        } catch let error as RenderError {
            throw ImportError(file: file, path: source.root, message: "the generated code does not render: \(error)")
        }
        let head = Code.call("Dashboard", [title.swiftCode, .argument("uid", uid.swiftCode)])
        return Attempt(swiftCode: .chain(head: head, body: itemCodes, modifiers: codes), rendered: rendered, header: header)
    }

    /// The export's `__inputs` as `DataSourceInput`s with their code, when each is exactly what
    /// one writes (a datasource, its plugin version from `__requires`).
    private static func dataSourceInputs(_ inputs: [DashboardInput], _ requires: [DashboardRequirement]) -> [(input: DataSourceInput, code: Code)]? {
        var result: [(DataSourceInput, Code)] = []
        for entry in inputs {
            guard entry.type == "datasource", let name = entry.name, let label = entry.label, let plugin = entry.pluginId,
                  let pluginName = entry.members["pluginName"]?.stringValue else { return nil }
            let version = requires.first { $0.type == "datasource" && $0.id == plugin }?.members["version"]?.stringValue ?? "1.0.0"
            let defaultName = DataSourceInput(label: label, pluginId: plugin, pluginName: pluginName).name
            let input = DataSourceInput(label: label, pluginId: plugin, pluginName: pluginName, pluginVersion: version,
                                        name: name == defaultName ? nil : name)
            guard input.exportEntry.members.members == entry.members.members else { return nil }
            let nameArgument: [Code] = name == defaultName ? [] : [.argument("name", name.swiftCode)]
            let code: Code
            switch (plugin, pluginName, version) {
            case ("prometheus", "Prometheus", "1.0.0"): code = .call(".prometheus", [label.swiftCode] + nameArgument)
            case ("loki", "Loki", "1.0.0"): code = .call(".loki", [label.swiftCode] + nameArgument)
            default:
                code = .call("DataSourceInput", [.argument("label", label.swiftCode), .argument("pluginId", plugin.swiftCode),
                                                 .argument("pluginName", pluginName.swiftCode)]
                             + (version == "1.0.0" ? [] : [.argument("pluginVersion", version.swiftCode)]) + nameArgument)
            }
            result.append((input, code))
        }
        return result
    }

    /// Whether the rendered export header is the file's.
    private static func sameHeader(_ rendered: DashboardModel, _ expected: DashboardModel) -> Bool {
        rendered.inputs == expected.inputs && rendered.requires == expected.requires && rendered.elements == expected.elements
            && rendered.inputs.map { $0.map(\.members.members) } == expected.inputs.map { $0.map(\.members.members) }
            && rendered.requires.map { $0.map(\.members.members) } == expected.requires.map { $0.map(\.members.members) }
    }

    /// Fails naming the first place where what the code renders is not the file.
    private static func compare(_ rendered: DashboardModel, _ expected: DashboardModel, source: DashboardSource, file: String,
                                normalised: Bool) throws {
        if let exact = source.exactBytes, !normalised {
            if Array(rendered.jsonText().utf8) == exact { return }
        } else if rendered.jsonValue == expected.jsonValue {
            return
        }
        let difference = JSONDifference.first(rendered.jsonValue, expected.jsonValue, at: source.root)
            ?? (source.root, "the text differs (number or key spelling)")
        throw ImportError(file: file, path: difference.path,
                          message: "graft import cannot write this in the DSL yet: the generated code renders \(difference.description)")
    }
}
