import GraftJSON

/// A value generated code writes as one expression: strings, numbers, JSON, named constants.
protocol LiteralValue: Equatable {
    /// The expression.
    var swiftCode: Code { get }
}

/// A model type (`PanelModel`, `Target`, `FieldDefaults`...) generated code can change member by
/// member: when no single expression makes a value, a seed expression does and assignments to
/// its members finish it. This is what carries everything the DSL has no modifier for. The
/// members are the model's own declaration (`JSONModel.fields`).
protocol ModelRecord: Equatable {
    /// Statements making `current`, at `path`, equal `target`.
    static func repair(_ path: String, _ current: Self, _ target: Self) -> [Code]
    /// One expression for the whole value, when there is one.
    var fullCode: Code? { get }
    /// An expression making a value close to `target`, and that value, for the members to finish.
    static func seed(for target: Self) -> (code: Code, value: Self)
}

extension ModelRecord {
    /// `seed` as the seed of a value: the one expression writing it whole, and it.
    static func whole(_ seed: Self) -> (code: Code, value: Self) { (seed.fullCode!, seed) }
}

extension ModelRecord where Self: JSONModel {
    static func repair(_ path: String, _ current: Self, _ target: Self) -> [Code] {
        guard current != target else { return [] }
        var repairs = MemberRepairs(path: path, current: current, target: target)
        target.fields(&repairs)
        return repairs.statements + MemberRepairs<Self>.present(member(path, "unmodeled"), current.unmodeled, target.unmodeled)
    }
}

/// `path.name`, with the name in backticks when it is a keyword (`repeat`, `static`).
func member(_ path: String, _ name: String) -> String {
    path + "." + (SwiftName.keywords.contains(name) || name == "repeat" || name == "static" ? "`\(name)`" : name)
}

/// The Swift name of the stored member a key path names (`\PanelModel.title` is `title`).
func memberName(_ path: AnyKeyPath) -> String {
    String(path.debugDescription.split(separator: ".").last ?? "")
}

/// Walks a model's declared members, writing the statements that make each one of `current` equal
/// `target`'s: a nested model member by member, a list element by element, an object key by key,
/// anything else with one expression.
struct MemberRepairs<Model>: FieldVisitor {
    let path: String
    let current: Model
    let target: Model
    var statements: [Code] = []

    mutating func field<Value: JSONCodable & Hashable>(_ key: StaticString, _ keyPath: WritableKeyPath<Model, Value?> & Sendable,
                                                       _ options: FieldOptions, _ value: Value?) {
        let path = member(self.path, memberName(keyPath)), current = current[keyPath: keyPath], target = target[keyPath: keyPath]
        if options.contains(.entriesInOrder) {
            // Set whole: a key set one by one would go to the end, and these entries keep their order.
            if current != target { statements.append(assignment(path, target.map(MemberRepairs.literal) ?? .text("nil"))) }
        } else {
            statements += MemberRepairs.optional(path, current, target)
        }
    }

    mutating func required<Value: JSONCodable & Hashable>(_ key: StaticString, _ keyPath: WritableKeyPath<Model, Value> & Sendable,
                                                          _ absent: Absent<Value>, _ value: Value) {
        statements += MemberRepairs.present(member(path, memberName(keyPath)), current[keyPath: keyPath], target[keyPath: keyPath])
    }

    mutating func wrappedList<Element: JSONCodable & Hashable>(_ key: StaticString, _ list: WritableKeyPath<Model, [Element]?> & Sendable,
                                                               rest: WritableKeyPath<Model, JSONObject> & Sendable, _ value: [Element]?, _ restValue: JSONObject) {
        statements += MemberRepairs.optional(member(path, memberName(list)), current[keyPath: list], target[keyPath: list])
        statements += MemberRepairs.present(member(path, memberName(rest)), current[keyPath: rest], target[keyPath: rest])
    }

    /// A member that is always there.
    static func present<Value: Equatable>(_ path: String, _ current: Value, _ target: Value) -> [Code] {
        guard current != target else { return [] }
        if let record = Value.self as? any ModelRecord.Type { return repairRecord(record, path, current, target) }
        if let list = Value.self as? any ModelRecordList.Type { return repairList(list, path, current, target) }
        if let object = target as? JSONObject, let currentObject = current as? JSONObject { return objectRepair(path, currentObject, object) }
        return [assignment(path, literal(target))]
    }

    /// A member that may be `nil`: changed in place when both have one, built or set to `nil` otherwise.
    static func optional<Value: Equatable>(_ path: String, _ current: Value?, _ target: Value?) -> [Code] {
        switch (current, target) {
        case let (current?, target?):
            if Value.self is any ModelRecord.Type || Value.self is any ModelRecordList.Type || Value.self == JSONObject.self {
                return present(path + "!", current, target)
            }
            return current == target ? [] : [assignment(path, literal(target))]
        case (_, nil):
            return current == nil ? [] : [assignment(path, .text("nil"))]
        case (nil, let target?):
            if let record = Value.self as? any ModelRecord.Type { return buildRecord(record, path, target) }
            if let list = Value.self as? any ModelRecordList.Type { return buildList(list, path, target) }
            return [assignment(path, literal(target))]
        }
    }

    static func literal(_ value: some Equatable) -> Code {
        (value as? any LiteralValue)?.swiftCode ?? .text("nil")
    }

    private static func repairRecord<Record: ModelRecord>(_ type: Record.Type, _ path: String, _ current: Any, _ target: Any) -> [Code] {
        Record.repair(path, current as! Record, target as! Record)
    }

    private static func buildRecord<Record: ModelRecord>(_ type: Record.Type, _ path: String, _ target: Any) -> [Code] {
        Record.build(path, unwrapped: path + "!", target as! Record)
    }

    private static func repairList<List: ModelRecordList>(_ type: List.Type, _ path: String, _ current: Any, _ target: Any) -> [Code] {
        List.repairList(path, current as! List, target as! List)
    }

    private static func buildList<List: ModelRecordList>(_ type: List.Type, _ path: String, _ target: Any) -> [Code] {
        let list = target as! List
        if let code = list.listCode { return [assignment(path, code)] }
        return [assignment(path, .text("[]"))] + List.repairList(path + "!", List.empty, list)
    }
}

/// A list of model values, as `MemberRepairs` changes it.
protocol ModelRecordList {
    /// An empty list.
    static var empty: Self { get }
    /// A list literal, when each value is one expression.
    var listCode: Code? { get }
    /// Statements making the list at `path` equal `target`.
    static func repairList(_ path: String, _ current: Self, _ target: Self) -> [Code]
}

extension Array: ModelRecordList where Element: ModelRecord {
    static var empty: [Element] { [] }
    var listCode: Code? { Element.listCode(self) }
    static func repairList(_ path: String, _ current: [Element], _ target: [Element]) -> [Code] {
        Element.repairList(path, current, target)
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
