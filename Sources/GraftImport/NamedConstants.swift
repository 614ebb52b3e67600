import GraftDSL
import GraftJSON
import GraftModel

/// The Swift names of one constant type's known values: generated code writes `.requestsPerSecond`
/// rather than `"reqps"`, and the string itself for values the DSL has no name for.
struct ConstantNames: Sendable {
    private let names: [String: String]
    private let typeName: String

    /// Names for raw values, from the DSL's own constants (so a raw value cannot drift from its name).
    init<Constant: RawRepresentable>(_ pairs: [(Constant, String)]) where Constant.RawValue == String {
        names = Dictionary(pairs.map { ($0.0.rawValue, $0.1) }, uniquingKeysWith: { first, _ in first })
        typeName = swiftTypeName(Constant.self)
    }

    /// `.name` for a known value, the string literal otherwise.
    func swiftCode(_ raw: String, optional: Bool = false) -> Code {
        guard let name = names[raw] else { return SwiftLiteral.string(raw) }
        return memberCode(name, of: typeName, optional: optional)
    }

    /// Whether the value has a name.
    func knows(_ raw: String) -> Bool { names[raw] != nil }

    /// Every unit `Unit.all` names.
    static let unit = ConstantNames(Unit.all.map { ($0.unit, $0.name) })
    static let reducer = ConstantNames([
        (Reducer.lastNotNull, "lastNotNull"), (.last, "last"), (.firstNotNull, "firstNotNull"), (.first, "first"), (.mean, "mean"),
        (.max, "max"), (.min, "min"), (.sum, "sum"), (.count, "count"), (.delta, "delta"), (.range, "range"),
    ])
    static let paletteColor = ConstantNames([
        (Color.green, "green"), (.red, "red"), (.yellow, "yellow"), (.orange, "orange"), (.blue, "blue"), (.purple, "purple"),
        (.text, "text"), (.transparent, "transparent"),
    ])
    static let colorMode = ConstantNames([
        (ColorMode.thresholds, "thresholds"), (.paletteClassic, "paletteClassic"), (.paletteClassicByName, "paletteClassicByName"),
        (.fixed, "fixed"), (.shades, "shades"), (.greenYellowRed, "greenYellowRed"), (.blueYellowRed, "blueYellowRed"),
        (.bluePurple, "bluePurple"), (.viridis, "viridis"),
    ])
    static let thresholdsMode = ConstantNames([(Thresholds.Mode.absolute, "absolute"), (.percentage, "percentage")])
    static let editorMode = ConstantNames([(Target.EditorMode.code, "code"), (.builder, "builder")])
    static let queryFormat = ConstantNames([(Target.QueryFormat.timeSeries, "timeSeries"), (.table, "table"), (.heatmap, "heatmap")])
    static let matcherKind = ConstantNames([
        (FieldMatcher.Kind.byName, "byName"), (.byRegexp, "byRegexp"), (.byType, "byType"), (.byFrameRefID, "byFrameRefID"),
        (.byValue, "byValue"),
    ])
    static let transformation = ConstantNames([
        (Transformation.Kind.joinByField, "joinByField"), (.filterFieldsByName, "filterFieldsByName"), (.organize, "organize"),
        (.merge, "merge"), (.reduce, "reduce"), (.calculateField, "calculateField"), (.sortBy, "sortBy"), (.limit, "limit"),
        (.labelsToFields, "labelsToFields"), (.groupBy, "groupBy"), (.filterByValue, "filterByValue"),
    ])
    static let variableKind = ConstantNames([
        (VariableKind.query, "query"), (.custom, "custom"), (.constant, "constant"), (.interval, "interval"),
        (.datasource, "datasource"), (.textbox, "textbox"), (.adhoc, "adhoc"),
    ])
    static let specialMatch = ConstantNames([
        (ValueMapping.SpecialMatch.null, "null"), (.nan, "nan"), (.nullOrNaN, "nullOrNaN"), (.true, "true"), (.false, "false"),
        (.empty, "empty"),
    ])
}

extension CaseIterable where Self: RawRepresentable {
    /// The case as code, `.name`, read from the case itself: the DSL's closed `OptionConstant`s
    /// and numbered settings.
    func swiftCode(optional: Bool = false) -> Code {
        memberCode(String(describing: self), of: swiftTypeName(Self.self), optional: optional)
    }
}

/// `.name`. Where an optional may be expected (`optional`), `none` is written in full
/// (`Unit.none`), as `.none` would mean `nil` there.
private func memberCode(_ name: String, of typeName: String, optional: Bool) -> Code {
    .text(name == "none" && optional ? typeName + ".none" : "." + name)
}

/// A type's name as user code writes it: without the module, with its enclosing types.
private func swiftTypeName(_ type: Any.Type) -> String {
    String(reflecting: type).split(separator: ".").dropFirst().joined(separator: ".")
}

extension Color {
    /// The colour as code: a palette name, `.rgb(...)`/`.rgba(...)` when that writes it back
    /// exactly, the string otherwise (`"#73BF69"`).
    var swiftCode: Code {
        if ConstantNames.paletteColor.knows(rawValue) { return ConstantNames.paletteColor.swiftCode(rawValue) }
        for (prefix, count) in [("rgba(", 4), ("rgb(", 3)] where rawValue.hasPrefix(prefix) && rawValue.hasSuffix(")") {
            let inner = rawValue.dropFirst(prefix.count).dropLast()
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingPrefix(" ") }
            guard parts.count == count, let r = Int(parts[0]), let g = Int(parts[1]), let b = Int(parts[2]) else { continue }
            if count == 3, Color.rgb(r, g, b) == self { return .text(".rgb(\(r), \(g), \(b))") }
            if count == 4, let alpha = Double(parts[3]), Color.rgba(r, g, b, alpha) == self {
                return .text(".rgba(\(r), \(g), \(b), \(SwiftLiteral.double(alpha)))")
            }
        }
        return SwiftLiteral.string(rawValue)
    }
}
