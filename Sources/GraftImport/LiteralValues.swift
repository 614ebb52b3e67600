import GraftDSL
import GraftJSON
import GraftModel

// The values generated code writes as one expression.

extension String: LiteralValue {
    var swiftCode: Code { SwiftLiteral.string(self) }
}

extension Int: LiteralValue {
    var swiftCode: Code { .text(String(self)) }
}

extension Bool: LiteralValue {
    var swiftCode: Code { .text(self ? "true" : "false") }
}

extension Double: LiteralValue {
    var swiftCode: Code { .text(SwiftLiteral.double(self)) }
}

extension JSON: LiteralValue {
    var swiftCode: Code { SwiftLiteral.json(self) }
}

extension JSONObject: LiteralValue {
    var swiftCode: Code { SwiftLiteral.jsonObject(self) }
}

extension Array: LiteralValue where Element: LiteralValue {
    var swiftCode: Code { .list(map(\.swiftCode)) }
}

extension Nullable: LiteralValue where Wrapped: LiteralValue {
    var swiftCode: Code {
        switch self {
        case .null: return .text(".null")
        case .value(let value): return .concat([.text(".value("), value.swiftCode, .text(")")])
        }
    }
}

extension Unit: LiteralValue {
    var swiftCode: Code { ConstantNames.unit.swiftCode(rawValue, optional: true) }
}

extension Color: LiteralValue {}

extension ColorMode: LiteralValue {
    var swiftCode: Code { ConstantNames.colorMode.swiftCode(rawValue, optional: true) }
}

extension Thresholds.Mode: LiteralValue {
    var swiftCode: Code { ConstantNames.thresholdsMode.swiftCode(rawValue, optional: true) }
}

extension Target.EditorMode: LiteralValue {
    var swiftCode: Code { ConstantNames.editorMode.swiftCode(rawValue, optional: true) }
}

extension Target.QueryFormat: LiteralValue {
    var swiftCode: Code { ConstantNames.queryFormat.swiftCode(rawValue, optional: true) }
}

extension FieldMatcher.Kind: LiteralValue {
    var swiftCode: Code { ConstantNames.matcherKind.swiftCode(rawValue, optional: true) }
}

extension Transformation.Kind: LiteralValue {
    var swiftCode: Code { ConstantNames.transformation.swiftCode(rawValue, optional: true) }
}

extension VariableKind: LiteralValue {
    var swiftCode: Code { ConstantNames.variableKind.swiftCode(rawValue, optional: true) }
}

extension ValueMapping.SpecialMatch: LiteralValue {
    var swiftCode: Code { ConstantNames.specialMatch.swiftCode(rawValue, optional: true) }
}

extension Reducer: LiteralValue {
    var swiftCode: Code { ConstantNames.reducer.swiftCode(rawValue, optional: true) }
}

extension ValueMapping: LiteralValue {
    /// `.special(match: .null, result: MappingResult(text: "N/A"))` and the like; `.other([...])`
    /// for shapes the model does not type.
    var swiftCode: Code {
        switch self {
        case .value(let matches):
            let items = matches.map { Code.call(".init", [$0.value.swiftCode, $0.result.swiftCode]) }
            return .call(".value", [.list(items)])
        case let .range(from, to, result):
            return .call(".range", [.argument("from", from?.swiftCode ?? .text("nil")), .argument("to", to?.swiftCode ?? .text("nil")),
                                    .argument("result", result.swiftCode)])
        case let .regex(pattern, result):
            return .call(".regex", [.argument("pattern", pattern.swiftCode), .argument("result", result.swiftCode)])
        case let .special(match, result):
            return .call(".special", [.argument("match", match.swiftCode), .argument("result", result.swiftCode)])
        case .other(let object):
            return .call(".other", [object.swiftCode])
        }
    }
}

extension MappingResult {
    /// `MappingResult(text: ...)`, the arguments it has.
    var swiftCode: Code {
        .call("MappingResult", [
            text.map { .argument("text", $0.swiftCode) }, color.map { .argument("color", $0.swiftCode) },
            icon.map { .argument("icon", $0.swiftCode) }, index.map { .argument("index", $0.swiftCode) },
        ].compactMap { $0 })
    }
}
