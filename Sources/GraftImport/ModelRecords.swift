import GraftDSL
import GraftJSON
import GraftModel

// The model types as generated code changes them: their members, their one-expression forms
// where a public initialiser makes them whole, and the seeds the rest start from.

/// The arguments of `values` that are given, each as `label: value`.
private func arguments(_ values: [(String, Code?)]) -> [Code] {
    values.compactMap { label, value in value.map { .argument(label, $0) } }
}

extension PanelModel: ModelRecord {
    var fullCode: Code? { nil }
    static func seed(for target: PanelModel) -> (code: Code, value: PanelModel) {
        (.call("PanelModel", [.argument("type", target.type.swiftCode)]), PanelModel(type: target.type))
    }
}

extension DataSourceRef: ModelRecord {
    var fullCode: Code? {
        if self == .grafana { return .text(".grafana") }
        if self == .mixed { return .text(".mixed") }
        // `.input(...)` for an export's inputs (`${DS_...}`), not for datasource variables (`${ds}`).
        if let inputName, inputName.hasPrefix("DS_"), let type, self == .input(inputName, type: type) {
            return .call(".input", [inputName.swiftCode, .argument("type", type.swiftCode)])
        }
        return .call("DataSourceRef", [.argument("type", type?.swiftCode ?? .text("nil")), .argument("uid", uid?.swiftCode ?? .text("nil"))]
                     + (unmodeled.isEmpty ? [] : [.argument("unmodeled", unmodeled.swiftCode)]))
    }
    static func seed(for target: DataSourceRef) -> (code: Code, value: DataSourceRef) { whole(target) }
}

extension GridPos: ModelRecord {
    var fullCode: Code? {
        .call("GridPos", [.argument("h", h.swiftCode), .argument("w", w.swiftCode), .argument("x", x.swiftCode), .argument("y", y.swiftCode)]
              + arguments([("static", `static`?.swiftCode), ("unmodeled", unmodeled.isEmpty ? nil : unmodeled.swiftCode)]))
    }
    static func seed(for target: GridPos) -> (code: Code, value: GridPos) { whole(target) }
}

extension FieldConfig: ModelRecord {
    var fullCode: Code? { self == FieldConfig() ? .text("FieldConfig()") : nil }
    static func seed(for target: FieldConfig) -> (code: Code, value: FieldConfig) { (.text("FieldConfig()"), FieldConfig()) }
}

extension FieldDefaults: ModelRecord {
    var fullCode: Code? { self == FieldDefaults() ? .text("FieldDefaults()") : nil }
    static func seed(for target: FieldDefaults) -> (code: Code, value: FieldDefaults) { (.text("FieldDefaults()"), FieldDefaults()) }
}

extension FieldColor: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty else { return nil }
        return .call("FieldColor", [.argument("mode", mode.swiftCode)] + arguments([("fixedColor", fixedColor?.swiftCode), ("seriesBy", seriesBy?.swiftCode)]))
    }
    static func seed(for target: FieldColor) -> (code: Code, value: FieldColor) {
        whole(FieldColor(mode: target.mode, fixedColor: target.fixedColor, seriesBy: target.seriesBy))
    }
}

extension Thresholds: ModelRecord {
    var fullCode: Code? {
        let stepsCode: Code
        if let steps {
            guard let list = ThresholdStep.listCode(steps) else { return nil }
            stepsCode = list
        } else {
            stepsCode = .text("nil")
        }
        return .call("Thresholds", [.argument("mode", mode?.swiftCode ?? .text("nil")), .argument("steps", stepsCode)]
                     + arguments([("unmodeled", unmodeled.isEmpty ? nil : unmodeled.swiftCode)]))
    }
    static func seed(for target: Thresholds) -> (code: Code, value: Thresholds) {
        (.call("Thresholds", [.argument("mode", target.mode?.swiftCode ?? .text("nil")), .argument("steps", .text("[]"))]),
         Thresholds(mode: target.mode, steps: []))
    }
}

extension ThresholdStep: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty, let value else { return nil }
        return .call("ThresholdStep", [.argument("color", color.swiftCode), .argument("value", value.wrapped?.swiftCode ?? .text("nil"))])
    }
    static func seed(for target: ThresholdStep) -> (code: Code, value: ThresholdStep) {
        (.call("ThresholdStep", [.argument("color", target.color.swiftCode), .argument("value", .text("nil"))]),
         ThresholdStep(color: target.color, value: nil))
    }
}

extension MappingResult: ModelRecord {
    var fullCode: Code? { unmodeled.isEmpty ? swiftCode : nil }
    static func seed(for target: MappingResult) -> (code: Code, value: MappingResult) { (.text("MappingResult()"), MappingResult()) }
}

extension FieldOverride: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty, let matcherCode = matcher.fullCode, let list = FieldProperty.listCode(properties) else { return nil }
        return .call("FieldOverride", [.argument("matcher", matcherCode), .argument("properties", list)])
    }
    static func seed(for target: FieldOverride) -> (code: Code, value: FieldOverride) {
        let matcher = FieldMatcher(id: target.matcher.id, options: target.matcher.options)
        return (.call("FieldOverride", [.argument("matcher", matcher.fullCode!), .argument("properties", .text("[]"))]),
                FieldOverride(matcher: matcher, properties: []))
    }
}

extension FieldMatcher: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty else { return nil }
        if case .string(let option)? = options {
            for (shortcut, matcher) in [("byName", FieldMatcher.byName(option)), ("byRegexp", .byRegexp(option)),
                                        ("byType", .byType(option)), ("byQuery", .byQuery(option))] where matcher == self {
                return .call("." + shortcut, [option.swiftCode])
            }
        }
        return .call("FieldMatcher", [.argument("id", id.swiftCode), .argument("options", options?.swiftCode ?? .text("nil"))])
    }
    static func seed(for target: FieldMatcher) -> (code: Code, value: FieldMatcher) { whole(FieldMatcher(id: target.id, options: target.options)) }
}

extension FieldProperty: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty else { return nil }
        if case .string(let text)? = value {
            if self == .unit(Unit(text)) { return .call("FieldProperty.unit", [Unit(text).swiftCode]) }
            if self == .displayName(text) { return .call("FieldProperty.displayName", [text.swiftCode]) }
        }
        if case .object(let object)? = value, let fixed = object["fixedColor"]?.stringValue, self == .color(fixed: Color(fixed)) {
            return .call("FieldProperty.color", [.argument("fixed", Color(fixed).swiftCode)])
        }
        if id.hasPrefix("custom."), let value, self == .custom(String(id.dropFirst(7)), value) {
            return .call("FieldProperty.custom", [String(id.dropFirst(7)).swiftCode, value.swiftCode])
        }
        return .call("FieldProperty", [.argument("id", id.swiftCode), .argument("value", value?.swiftCode ?? .text("nil"))])
    }
    static func seed(for target: FieldProperty) -> (code: Code, value: FieldProperty) { whole(FieldProperty(id: target.id, value: target.value)) }
}

extension Transformation: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty, disabled == nil else { return nil }
        return Transformation.seed(for: self).code
    }
    static func seed(for target: Transformation) -> (code: Code, value: Transformation) {
        let options: [Code] = target.options == [:] ? [] : [.argument("options", target.options?.swiftCode ?? .text("nil"))]
        return (.call("Transformation", [.argument("id", target.id.swiftCode)] + options), Transformation(id: target.id, options: target.options))
    }
}

extension PanelLink: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty, let title, let url else { return nil }
        return .call("PanelLink", [.argument("title", title.swiftCode), .argument("url", url.swiftCode)] + arguments([("targetBlank", targetBlank?.swiftCode)]))
    }
    static func seed(for target: PanelLink) -> (code: Code, value: PanelLink) {
        (.call("PanelLink", [.argument("title", .text("\"\"")), .argument("url", .text("\"\""))]), PanelLink(title: "", url: ""))
    }
}

extension LibraryPanelRef: ModelRecord {
    var fullCode: Code? {
        guard unmodeled.isEmpty else { return nil }
        return .call("LibraryPanelRef", [.argument("uid", uid.swiftCode), .argument("name", name?.swiftCode ?? .text("nil"))])
    }
    static func seed(for target: LibraryPanelRef) -> (code: Code, value: LibraryPanelRef) { whole(LibraryPanelRef(uid: target.uid, name: target.name)) }
}

extension Target: ModelRecord {
    var fullCode: Code? { nil }
    static func seed(for target: Target) -> (code: Code, value: Target) {
        (.call("Target", arguments([("refId", target.refId?.swiftCode), ("expr", target.expr?.swiftCode)])), Target(refId: target.refId, expr: target.expr))
    }
}

extension VariableModel: ModelRecord {
    var fullCode: Code? { nil }
    static func seed(for target: VariableModel) -> (code: Code, value: VariableModel) {
        (.call("VariableModel", [.argument("type", target.type.swiftCode), .argument("name", target.name.swiftCode)]),
         VariableModel(type: target.type, name: target.name))
    }
}

extension AnnotationQuery: ModelRecord {
    var fullCode: Code? { self == .builtIn ? .text("AnnotationQuery.builtIn") : nil }
    static func seed(for target: AnnotationQuery) -> (code: Code, value: AnnotationQuery) {
        if target.builtIn == 1 { return (.text("AnnotationQuery.builtIn"), .builtIn) }
        return (.call("AnnotationQuery", [.argument("name", (target.name ?? "").swiftCode)]), AnnotationQuery(name: target.name ?? ""))
    }
}

extension DashboardLink: ModelRecord {
    var fullCode: Code? {
        guard let title, let url, self == DashboardLink(title: title, url: url) else { return nil }
        return .call("DashboardLink", [.argument("title", title.swiftCode), .argument("url", url.swiftCode)])
    }
    static func seed(for target: DashboardLink) -> (code: Code, value: DashboardLink) { whole(DashboardLink(title: target.title ?? "", url: target.url ?? "")) }
}

extension TimeRange: ModelRecord {
    var fullCode: Code? {
        unmodeled.isEmpty ? .call("TimeRange", [.argument("from", from.swiftCode), .argument("to", to.swiftCode)]) : nil
    }
    static func seed(for target: TimeRange) -> (code: Code, value: TimeRange) { whole(TimeRange(from: target.from, to: target.to)) }
}

extension DashboardInput: ModelRecord {
    static func repair(_ path: String, _ current: DashboardInput, _ target: DashboardInput) -> [Code] {
        // Set whole: the members keep Grafana's order, which setting them one by one would not.
        current.members == target.members ? [] : [assignment(member(path, "members"), target.members.swiftCode)]
    }
    var fullCode: Code? {
        guard let name, let label, let pluginId, let pluginName = members["pluginName"]?.stringValue,
              let description = members["description"]?.stringValue,
              self == DashboardInput(datasource: name, label: label, pluginId: pluginId, pluginName: pluginName, description: description)
        else { return nil }
        return .call("DashboardInput", [.argument("datasource", name.swiftCode), .argument("label", label.swiftCode),
                                        .argument("pluginId", pluginId.swiftCode), .argument("pluginName", pluginName.swiftCode)]
                     + (description.isEmpty ? [] : [.argument("description", description.swiftCode)]))
    }
    static func seed(for target: DashboardInput) -> (code: Code, value: DashboardInput) { whole(DashboardInput(datasource: "", label: "", pluginId: "", pluginName: "")) }
}

extension DashboardRequirement: ModelRecord {
    static func repair(_ path: String, _ current: DashboardRequirement, _ target: DashboardRequirement) -> [Code] {
        // Set whole: the members keep Grafana's order, which setting them one by one would not.
        current.members == target.members ? [] : [assignment(member(path, "members"), target.members.swiftCode)]
    }
    var fullCode: Code? {
        guard let type, let id, let name = members["name"]?.stringValue, let version = members["version"]?.stringValue,
              self == DashboardRequirement(type: type, id: id, name: name, version: version) else { return nil }
        return .call("DashboardRequirement", [.argument("type", type.swiftCode), .argument("id", id.swiftCode),
                                              .argument("name", name.swiftCode), .argument("version", version.swiftCode)])
    }
    static func seed(for target: DashboardRequirement) -> (code: Code, value: DashboardRequirement) { whole(DashboardRequirement(type: "", id: "", name: "", version: "")) }
}

extension DashboardModel: ModelRecord {
    var fullCode: Code? { nil }
    static func seed(for target: DashboardModel) -> (code: Code, value: DashboardModel) { (.text("DashboardModel()"), DashboardModel()) }
}
