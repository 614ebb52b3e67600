import GraftJSON

/// A value generated code writes as one expression: strings, numbers, JSON, named constants.
protocol LiteralValue: Equatable {
    /// The expression.
    var swiftCode: Code { get }
}

/// A model type (`PanelModel`, `Target`, `FieldDefaults`...) generated code can change member by
/// member: when no single expression makes a value, a seed expression does and assignments to
/// its members finish it. This is what carries everything the DSL has no modifier for.
protocol ModelRecord: Equatable {
    /// The members, each able to write the statements that make it equal another value's.
    static var fields: [ModelField<Self>] { get }
    /// One expression for the whole value, when there is one.
    var fullCode: Code? { get }
    /// An expression making a value close to `target`, and that value, for the members to finish.
    static func seed(for target: Self) -> (code: Code, value: Self)
}

/// One member of a model type: its name in Swift and how to make it equal another value's.
struct ModelField<Root> {
    /// Statements making `path.member` of `current` equal `target`'s, where `path` denotes `current`.
    let repair: (_ path: String, _ current: Root, _ target: Root) -> [Code]

    /// `path.name`, with the name in backticks when it is a keyword (`repeat`, `static`).
    static func member(_ path: String, _ name: String) -> String {
        path + "." + (SwiftName.keywords.contains(name) || name == "repeat" || name == "static" ? "`\(name)`" : name)
    }

    /// A member set with one expression.
    static func value<Value: LiteralValue>(_ name: String, _ key: KeyPath<Root, Value>) -> ModelField {
        ModelField { path, current, target in
            current[keyPath: key] == target[keyPath: key] ? [] : [assignment(member(path, name), target[keyPath: key].swiftCode)]
        }
    }

    /// An optional member set with one expression, or to `nil`.
    static func value<Value: LiteralValue>(_ name: String, _ key: KeyPath<Root, Value?>) -> ModelField {
        ModelField { path, current, target in
            current[keyPath: key] == target[keyPath: key] ? [] : [assignment(member(path, name), target[keyPath: key]?.swiftCode ?? .text("nil"))]
        }
    }

    /// A member of a model type, changed member by member.
    static func record<Value: ModelRecord>(_ name: String, _ key: KeyPath<Root, Value>) -> ModelField {
        ModelField { path, current, target in
            Value.repair(member(path, name), current[keyPath: key], target[keyPath: key])
        }
    }

    /// An optional member of a model type: changed member by member when both have one, built or
    /// set to `nil` otherwise.
    static func record<Value: ModelRecord>(_ name: String, _ key: KeyPath<Root, Value?>) -> ModelField {
        ModelField { path, current, target in
            let path = member(path, name)
            switch (current[keyPath: key], target[keyPath: key]) {
            case let (current?, target?): return Value.repair(path + "!", current, target)
            case (_, nil): return current[keyPath: key] == nil ? [] : [assignment(path, .text("nil"))]
            case (nil, let target?): return Value.build(path, unwrapped: path + "!", target)
            }
        }
    }

    /// A list of model values.
    static func records<Value: ModelRecord>(_ name: String, _ key: KeyPath<Root, [Value]>) -> ModelField {
        ModelField { path, current, target in
            Value.repairList(member(path, name), current[keyPath: key], target[keyPath: key])
        }
    }

    /// An optional list of model values.
    static func records<Value: ModelRecord>(_ name: String, _ key: KeyPath<Root, [Value]?>) -> ModelField {
        ModelField { path, current, target in
            let path = member(path, name)
            switch (current[keyPath: key], target[keyPath: key]) {
            case let (current?, target?): return Value.repairList(path + "!", current, target)
            case (_, nil): return current[keyPath: key] == nil ? [] : [assignment(path, .text("nil"))]
            case (nil, let target?):
                if let list = Value.listCode(target) { return [assignment(path, list)] }
                return [assignment(path, .text("[]"))] + Value.repairList(path + "!", [], target)
            }
        }
    }

    /// A JSON object changed key by key (`options`, `unmodeled`).
    static func object(_ name: String, _ key: KeyPath<Root, JSONObject>) -> ModelField {
        ModelField { path, current, target in
            objectRepair(member(path, name), current[keyPath: key], target[keyPath: key])
        }
    }

    /// An optional JSON object changed key by key when both have one, set whole otherwise.
    static func object(_ name: String, _ key: KeyPath<Root, JSONObject?>) -> ModelField {
        ModelField { path, current, target in
            let path = member(path, name)
            switch (current[keyPath: key], target[keyPath: key]) {
            case let (current?, target?): return objectRepair(path + "!", current, target)
            case (_, nil): return current[keyPath: key] == nil ? [] : [assignment(path, .text("nil"))]
            case (nil, let target?): return [assignment(path, SwiftLiteral.jsonObject(target))]
            }
        }
    }
}

/// `path = value`.
func assignment(_ path: String, _ value: Code) -> Code { .concat([.text(path + " = "), value]) }

/// Statements making the object at `path` equal `target`: a member set or removed for each
/// top-level key that differs (members keep their order only where the writer sorts them anyway).
func objectRepair(_ path: String, _ current: JSONObject, _ target: JSONObject) -> [Code] {
    var statements: [Code] = []
    for member in current.members where target[member.key] == nil {
        statements.append(assignment(path + "[" + SwiftLiteral.string(member.key).flat! + "]", .text("nil")))
    }
    for member in target.members where !JSONExactness.same(current[member.key], member.value) {
        statements.append(assignment(path + "[" + SwiftLiteral.string(member.key).flat! + "]", SwiftLiteral.json(member.value)))
    }
    return statements
}

extension ModelRecord {
    /// Statements making `current`, at `path`, equal `target`.
    static func repair(_ path: String, _ current: Self, _ target: Self) -> [Code] {
        guard current != target else { return [] }
        return fields.flatMap { $0.repair(path, current, target) }
    }

    /// Statements setting `path` to `target`: one expression, or a seed and its members;
    /// `unwrapped` is how the members are reached once it is set (`path!` for an optional).
    static func build(_ path: String, unwrapped: String, _ target: Self) -> [Code] {
        if let code = target.fullCode { return [assignment(path, code)] }
        let seed = seed(for: target)
        return [assignment(path, seed.code)] + repair(unwrapped, seed.value, target)
    }

    /// A list literal of `values`, when each is one expression.
    static func listCode(_ values: [Self]) -> Code? {
        var items: [Code] = []
        for value in values {
            guard let code = value.fullCode else { return nil }
            items.append(code)
        }
        return .list(items)
    }

    /// Statements making the list at `path` equal `target`: element by element where both have
    /// one, then removals or appends; set whole when the lengths differ and every value is one expression.
    static func repairList(_ path: String, _ current: [Self], _ target: [Self]) -> [Code] {
        guard current != target else { return [] }
        if current.count != target.count, let list = listCode(target) { return [assignment(path, list)] }
        var statements: [Code] = []
        if current.count > target.count {
            let extra = current.count - target.count
            statements.append(.text(path + (extra == 1 ? ".removeLast()" : ".removeLast(\(extra))")))
        }
        for index in 0..<min(current.count, target.count) {
            statements += repair("\(path)[\(index)]", current[index], target[index])
        }
        for index in current.count..<max(current.count, target.count) {
            let element = target[index]
            if let code = element.fullCode {
                statements.append(.concat([.text(path + ".append("), code, .text(")")]))
            } else {
                let seed = seed(for: element)
                statements.append(.concat([.text(path + ".append("), seed.code, .text(")")]))
                statements += repair("\(path)[\(index)]", seed.value, element)
            }
        }
        return statements
    }
}
