import GraftDSL
import GraftModel

/// A row in generated code: `Row("title") { panels }`, its panel size, repeat, anything else, id,
/// and the panels below it when it is folded (`.loosePanelsBelow { panels }`).
struct RowPlan {
    /// Why a row's section cannot be written: which of its panels, those it holds or those below it.
    struct Problem: Error {
        var layout: LayoutProblem
        /// Whether the panel is one below the folded row, outside it.
        var below: Bool
    }

    /// `Row("title")`.
    var head: Code
    /// Its panels.
    var plans: [PanelPlan]
    /// The panels below it, outside it (a folded row's).
    var belowPlans: [PanelPlan]
    /// Its modifiers.
    var modifiers: [Code]
    /// The row the code makes.
    var row: Row

    /// The row's code.
    var swiftCode: Code {
        let below: [Code] = belowPlans.isEmpty ? [] : [.block(open: ".loosePanelsBelow {", statements: belowPlans.map(\.swiftCode), close: "}")]
        return .chain(head: head, body: plans.map(\.swiftCode), modifiers: modifiers + below)
    }

    /// The code for row panel `expected`, its panels, and the panels `below` it outside it.
    init(_ expected: PanelModel, children: [PanelModel], below: [PanelModel], context: PanelContext) throws {
        let collapsed = expected.collapsed == true
        let top = (expected.gridPos?.y ?? 0) + 1
        func planned(_ panels: [PanelModel], rowSize: Bool, below: Bool) throws -> (plans: [PanelPlan], panelSize: PanelSize?) {
            do { return try DashboardPlan.section(panels, top: top, rowSize: rowSize, context: context) } catch let problem as LayoutProblem {
                throw Problem(layout: problem, below: below)
            }
        }
        let (plans, panelSize) = try planned(children, rowSize: true, below: false)
        belowPlans = below.isEmpty ? [] : try planned(below, rowSize: false, below: true).plans
        let title = expected.title ?? ""
        let specs = plans.map(\.spec)
        var row = Row(title, collapsed: collapsed) { specs }
        if !belowPlans.isEmpty {
            let belowSpecs = belowPlans.map(\.spec)
            row = row.loosePanelsBelow { belowSpecs }
        }
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
