import GraftDSL
import GraftJSON
import GraftModel

/// One query as generated code writes it (`Prometheus(#"..."#).legend("{{pod}}")`), and the
/// target the DSL makes of that code.
struct QueryPlan {
    /// The DSL type the code makes (`Prometheus`), which shared modifiers are factored by.
    var typeName: String
    /// `Prometheus(#"..."#)`, `Query(Target(...))`...
    var head: Code
    /// What the constructor makes.
    var base: Target
    /// The modifiers that set what they are named for; `StyleFactoring` may move some into a helper.
    var modifiers: [Modifier<Target>]
    /// `.configure { ... }` for what no modifier sets.
    var repair: Code?
    /// What the code makes, before rendering fills in datasource and letter.
    var target: Target

    /// How many characters longer than the generic `Query(Target(...))` a `Prometheus` or `Loki`
    /// query may be and still be preferred, as it says what the query is.
    static let typedPreference = 24

    /// The query's code.
    var swiftCode: Code { .chain(head: head, body: [], modifiers: modifiers.map(\.code) + (repair.map { [$0] } ?? [])) }

    /// The shortest faithful code for `expected` (its datasource and letter left out where
    /// rendering fills them in): `Prometheus` or `Loki` for their datasources, `Query` otherwise.
    init(_ expected: Target, datasourceType: String?, filters: LabelFilters) {
        var seedArguments: [Code] = []
        if let refId = expected.refId { seedArguments.append(.argument("refId", refId.swiftCode)) }
        if let expr = expected.expr { seedArguments.append(.argument("expr", SwiftLiteral.query(filters.parts(expr)))) }
        let generic = QueryPlan(Query(Target(refId: expected.refId, expr: expected.expr)), expected, typeName: "Query",
                                head: .call("Query", [.call("Target", seedArguments)]))
        var typed: QueryPlan?
        if let expr = expected.expr {
            let literal = SwiftLiteral.query(filters.parts(expr))
            switch expected.datasource?.type ?? datasourceType {
            case "prometheus":
                typed = QueryPlan(Prometheus(expr), expected, typeName: "Prometheus", head: .call("Prometheus", [literal]),
                                  specific: QueryPlan.prometheusModifiers)
            case "loki":
                typed = QueryPlan(Loki(expr), expected, typeName: "Loki", head: .call("Loki", [literal]), specific: QueryPlan.lokiModifiers)
            default:
                break
            }
        }
        if let typed, typed.length <= generic.length + QueryPlan.typedPreference { self = typed } else { self = generic }
    }

    /// The code of `query` changed by modifiers into `expected`: the modifiers every query has,
    /// those only its type has (`specific`), then assignments for the rest.
    private init<Q: QueryComponent>(_ query: Q, _ expected: Target, typeName: String, head: Code,
                                    specific: (inout QueryModifiers<Q>, Target) -> Void = { _, _ in }) {
        var chain = QueryModifiers(query)
        if let legend = expected.legendFormat, legend != chain.target.legendFormat {
            chain.add(.call(".legend", [legend.swiftCode])) { $0.legend(legend) }
        }
        specific(&chain, expected)
        if let hide = expected.hide, hide != chain.target.hide { chain.add(.text(hide ? ".hide()" : ".hide(false)")) { $0.hide(hide) } }
        for modifier in DeclaredModifiers(from: chain.target, to: expected).found {
            chain.add(modifier.code) { $0.configure(modifier.set) }
        }
        if let datasource = expected.datasource, datasource != chain.target.datasource, let code = datasource.fullCode {
            chain.add(.call(".datasource", [code])) { $0.datasource(datasource) }
        }
        let repairs = Target.repair("$0", chain.target, expected)
        self.typeName = typeName
        self.head = head
        base = query.target
        modifiers = chain.modifiers
        repair = repairs.isEmpty ? nil : .block(open: ".configure {", statements: repairs, close: "}")
        target = expected
    }

    /// The modifiers only a PromQL query has: instant, format, exemplar, resolution.
    private static func prometheusModifiers(_ chain: inout QueryModifiers<Prometheus>, _ expected: Target) {
        if expected.instant == true, expected.range == false, chain.target.instant != true {
            chain.add(.text(".instant()")) { $0.instant() }
        }
        if let format = expected.format, format != chain.target.format { chain.add(.call(".format", [format.swiftCode])) { $0.format(format) } }
        if let exemplar = expected.exemplar, exemplar != chain.target.exemplar {
            chain.add(.call(".exemplar", [exemplar.swiftCode])) { $0.exemplar(exemplar) }
        }
        if let factor = expected.intervalFactor, factor != chain.target.intervalFactor || expected.step != chain.target.step {
            let arguments = [.argument("intervalFactor", factor.swiftCode)] + (expected.step.map { [Code.argument("step", $0.swiftCode)] } ?? [])
            chain.add(.call(".resolution", arguments)) { $0.resolution(intervalFactor: factor, step: expected.step) }
        }
    }

    /// The modifier only a LogQL query has: the line limit.
    private static func lokiModifiers(_ chain: inout QueryModifiers<Loki>, _ expected: Target) {
        guard case .number(let count)? = expected.unmodeled["maxLines"], let lines = count.intValue, String(lines) == count.text,
              chain.target.unmodeled["maxLines"] == nil else { return }
        chain.add(.call(".maxLines", [lines.swiftCode])) { $0.maxLines(lines) }
    }

    /// The code's length laid out flat, to choose between forms.
    private var length: Int { swiftCode.flat?.count ?? swiftCode.render(indent: 0, column: 0).count }
}
