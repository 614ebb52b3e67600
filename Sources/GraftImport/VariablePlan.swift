import GraftDSL
import GraftJSON
import GraftModel

/// One template variable as generated code writes it (`QueryVariable("gateway", query: ...)`),
/// and the variable the DSL makes of that code.
struct VariablePlan {
    /// The code, an element of `.variables { ... }`.
    var swiftCode: Code
    /// What the code makes, before rendering fills in the datasource.
    var model: VariableModel
    /// What the variable must be before rendering; `model` too, but for a kind the DSL has no
    /// type for, which the code writes as a bare `VariableModel` the dashboard's `.configure` finishes.
    var expected: VariableModel

    /// The code for `expected` (its datasource left out where rendering fills it in).
    init(_ expected: VariableModel, filters: LabelFilters) {
        switch expected.type {
        case .query:
            let query = expected.query?["query"]?.stringValue ?? expected.definition ?? expected.query?.stringValue ?? ""
            self = VariablePlan.plan(QueryVariable(expected.name, query: query), expected, head: .call("QueryVariable", [
                expected.name.swiftCode, .argument("query", SwiftLiteral.query(filters.parts(query))),
            ])) { variable, codes in
                var variable = VariablePlan.multiValue(variable, expected, &codes)
                if let regex = expected.regex, regex != variable.model.regex {
                    variable = variable.regex(regex)
                    codes.append(.call(".regex", [regex.swiftCode]))
                }
                if let refresh = expected.refresh, refresh != variable.model.refresh, let refresh = VariableRefresh(rawValue: refresh) {
                    variable = variable.refresh(refresh)
                    codes.append(.call(".refresh", [refresh.swiftCode()]))
                }
                if let sort = expected.sort, sort != variable.model.sort, let sort = VariableSort(rawValue: sort) {
                    variable = variable.sort(sort)
                    codes.append(.call(".sort", [sort.swiftCode()]))
                }
                if let datasource = expected.datasource, datasource != variable.model.datasource, let code = datasource.fullCode {
                    variable = variable.datasource(datasource)
                    codes.append(.call(".datasource", [code]))
                }
                return variable
            }
        case .custom:
            let values = VariablePlan.values(expected)
            self = VariablePlan.plan(CustomVariable(expected.name, values: values), expected, head: .call("CustomVariable", [
                expected.name.swiftCode, .argument("values", values.swiftCode),
            ])) { variable, codes in VariablePlan.multiValue(variable, expected, &codes) }
        case .constant:
            let value = expected.query?.stringValue ?? ""
            self = VariablePlan.plan(ConstantVariable(expected.name, value: value), expected,
                                     head: .call("ConstantVariable", [expected.name.swiftCode, .argument("value", value.swiftCode)]))
        case .interval:
            let intervals = VariablePlan.values(expected)
            let variable = IntervalVariable(expected.name, intervals: intervals)
            let head = Code.call("IntervalVariable", [expected.name.swiftCode] + (variable.model.query == IntervalVariable(expected.name).model.query
                                                                                  ? [] : [.argument("intervals", intervals.swiftCode)]))
            self = VariablePlan.plan(variable, expected, head: head) { variable, codes in
                guard expected.unmodeled["auto"] == true, let steps = expected.unmodeled["auto_count"]?.numberValue?.intValue,
                      let minimum = expected.unmodeled["auto_min"]?.stringValue else { return variable }
                codes.append(.call(".auto", [.argument("steps", steps.swiftCode), .argument("minimum", minimum.swiftCode)]))
                return variable.auto(steps: steps, minimum: minimum)
            }
        case .datasource:
            let plugin = expected.query?.stringValue ?? ""
            self = VariablePlan.plan(DataSourceVariable(expected.name, pluginId: plugin), expected, head: .call("DataSourceVariable", [
                expected.name.swiftCode, .argument("pluginId", plugin.swiftCode),
            ])) { variable, codes in
                guard let regex = expected.regex, regex != variable.model.regex else { return variable }
                codes.append(.call(".regex", [regex.swiftCode]))
                return variable.regex(regex)
            }
        case .textbox:
            let value = expected.query?.stringValue ?? ""
            self = VariablePlan.plan(TextboxVariable(expected.name, value: value), expected,
                                     head: .call("TextboxVariable", [expected.name.swiftCode] + (value.isEmpty ? [] : [.argument("value", value.swiftCode)])))
        case .adhoc:
            self = VariablePlan.plan(AdHocVariable(expected.name), expected, head: .call("AdHocVariable", [expected.name.swiftCode]))
        default:
            let seed = VariableModel.seed(for: expected)
            self.init(swiftCode: seed.code, model: seed.value, expected: expected)
        }
    }

    /// `variable` changed by its type's modifiers (`specific`), then the declared ones (label,
    /// description) and hide,
    /// then assignments for the rest.
    private static func plan<V: VariableComponent>(_ variable: V, _ expected: VariableModel, head: Code,
                                                   specific: (V, inout [Code]) -> V = { variable, _ in variable }) -> VariablePlan {
        var codes: [Code] = []
        var variable = specific(variable, &codes)
        for modifier in DeclaredModifiers(from: variable.model, to: expected).found {
            variable = variable.configure(modifier.set)
            codes.append(modifier.code)
        }
        if let hide = expected.hide, hide != variable.model.hide, let hide = VariableHide(rawValue: hide) {
            variable = variable.hide(hide)
            codes.append(.call(".hide", [hide.swiftCode()]))
        }
        let repairs = VariableModel.repair("$0", variable.model, expected)
        if !repairs.isEmpty { codes.append(.block(open: ".configure {", statements: repairs, close: "}")) }
        return VariablePlan(swiftCode: .chain(head: head, body: [], modifiers: codes), model: expected, expected: expected)
    }

    private init(swiftCode: Code, model: VariableModel, expected: VariableModel) {
        self.swiftCode = swiftCode
        self.model = model
        self.expected = expected
    }

    /// `.multi()` and `.includeAll(...)`.
    private static func multiValue<V: MultiValueVariable>(_ variable: V, _ expected: VariableModel, _ codes: inout [Code]) -> V {
        var variable = variable
        if let multi = expected.multi, multi != variable.model.multi {
            variable = variable.multi(multi)
            codes.append(.text(multi ? ".multi()" : ".multi(false)"))
        }
        if let include = expected.includeAll, include != variable.model.includeAll || expected.allValue != variable.model.allValue {
            variable = variable.includeAll(include, allValue: expected.allValue)
            codes.append(.call(".includeAll", (include ? [] : [Code.text("false")])
                               + (expected.allValue.map { [.argument("allValue", $0.swiftCode)] } ?? [])))
        }
        return variable
    }

    /// A custom or interval variable's values: its saved options', or its query split at commas.
    private static func values(_ expected: VariableModel) -> [String] {
        if let options = expected.options, !options.isEmpty {
            let values = options.compactMap { $0["value"]?.stringValue }
            if values.count == options.count { return values }
        }
        return (expected.query?.stringValue ?? "").split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}
