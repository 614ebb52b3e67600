import GraftDSL
import GraftModel

/// A row in generated code: `Row("title") { panels }`, its panel size, repeat, anything else, id.
struct RowPlan {
    /// `Row("title")`.
    var head: Code
    /// Its panels.
    var plans: [PanelPlan]
    /// Its modifiers.
    var modifiers: [Code]
    /// The row the code makes.
    var row: Row

    /// The row's code.
    var swiftCode: Code { .chain(head: head, body: plans.map(\.swiftCode), modifiers: modifiers) }

    /// The code for row panel `expected` and its panels.
    init(_ expected: PanelModel, children: [PanelModel], context: PanelContext) throws {
        let collapsed = expected.collapsed == true
        let top = (expected.gridPos?.y ?? 0) + 1
        let (plans, panelSize) = try DashboardPlan.section(children, top: top, rowSize: true, context: context)
        let title = expected.title ?? ""
        let specs = plans.map(\.spec)
        var row = Row(title, collapsed: collapsed) { specs }
        var modifiers: [Code] = []
        if let size = panelSize {
            row = row.panelSize(width: size.width, height: size.height)
            modifiers.append(.call(".panelSize", [.argument("width", size.width.swiftCode), .argument("height", size.height.swiftCode)]))
        }
        if let variable = expected.repeat {
            row = row.repeat(variable)
            modifiers.append(.call(".repeat", [variable.swiftCode]))
        }
        var built = row.model
        built.id = expected.id
        built.gridPos = expected.gridPos
        var target = expected
        if collapsed { target.panels = built.panels }  // rendering fills in the panels a folded row carries
        let repairs = PanelModel.repair("$0", built, target)
        if !repairs.isEmpty { modifiers.append(.block(open: ".configure {", statements: repairs, close: "}")) }
        row.model = target
        if let id = expected.id { modifiers.append(.call(".id", [id.swiftCode])) }
        head = .call("Row", [title.swiftCode] + (collapsed ? [.argument("collapsed", .text("true"))] : []))
        self.plans = plans
        self.modifiers = modifiers
        self.row = row
    }
}
