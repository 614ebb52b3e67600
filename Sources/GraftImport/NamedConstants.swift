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
        typeName = String(reflecting: Constant.self).split(separator: ".").dropFirst().joined(separator: ".")
    }

    /// `.name` for a known value, the string literal otherwise. Where an optional may be expected
    /// (`optional`), `none` is written in full (`Unit.none`), as `.none` would mean `nil` there.
    func swiftCode(_ raw: String, optional: Bool = false) -> Code {
        guard let name = names[raw] else { return SwiftLiteral.string(raw) }
        return .text(name == "none" && optional ? typeName + ".none" : "." + name)
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
    static let orientation = ConstantNames([(VizOrientation.auto, "auto"), (.horizontal, "horizontal"), (.vertical, "vertical")])
    static let legendMode = ConstantNames([(LegendDisplayMode.list, "list"), (.table, "table"), (.hidden, "hidden")])
    static let legendPlacement = ConstantNames([(LegendPlacement.bottom, "bottom"), (.right, "right")])
    static let tooltipMode = ConstantNames([(TooltipMode.single, "single"), (.multi, "multi"), (.none, "none")])
    static let sortOrder = ConstantNames([(SortOrder.none, "none"), (.ascending, "ascending"), (.descending, "descending")])
    static let statColorMode = ConstantNames([
        (StatColorMode.value, "value"), (.background, "background"), (.backgroundSolid, "backgroundSolid"), (.none, "none"),
    ])
    static let statGraphMode = ConstantNames([(StatGraphMode.none, "none"), (.area, "area")])
    static let statJustifyMode = ConstantNames([(StatJustifyMode.auto, "auto"), (.center, "center")])
    static let statTextMode = ConstantNames([
        (StatTextMode.auto, "auto"), (.value, "value"), (.valueAndName, "valueAndName"), (.name, "name"), (.none, "none"),
    ])
    static let cellHeight = ConstantNames([(TableCellHeight.small, "small"), (.medium, "medium"), (.large, "large")])
    static let barGaugeMode = ConstantNames([(BarGaugeDisplayMode.gradient, "gradient"), (.retro, "retro"), (.basic, "basic")])
    static let pieType = ConstantNames([(PieType.pie, "pie"), (.donut, "donut")])
    static let drawStyle = ConstantNames([(GraphDrawStyle.line, "line"), (.bars, "bars"), (.points, "points")])
    static let showPoints = ConstantNames([(ShowPoints.auto, "auto"), (.never, "never"), (.always, "always")])
    static let stacking = ConstantNames([(StackingMode.none, "none"), (.normal, "normal"), (.percent, "percent")])
    static let lineInterpolation = ConstantNames([
        (LineInterpolation.linear, "linear"), (.smooth, "smooth"), (.stepBefore, "stepBefore"), (.stepAfter, "stepAfter"),
    ])
    static let textMode = ConstantNames([(TextMode.markdown, "markdown"), (.html, "html"), (.code, "code")])
    static let repeatDirection = ConstantNames([(RepeatDirection.horizontal, "horizontal"), (.vertical, "vertical")])
}

/// The Swift names of the DSL's integer-valued settings (`VariableRefresh`, `VariableSort`, `VariableHide`).
struct NumberedNames: Sendable {
    private let names: [Int: String]

    /// Names for raw numbers.
    init(_ pairs: [(Int, String)]) { names = Dictionary(uniqueKeysWithValues: pairs) }

    /// `.name` for a known number, `nil` otherwise.
    func swiftCode(_ raw: Int) -> Code? { names[raw].map { .text("." + $0) } }

    static let refresh = NumberedNames([
        (VariableRefresh.onDashboardLoad.rawValue, "onDashboardLoad"), (VariableRefresh.onTimeRangeChange.rawValue, "onTimeRangeChange"),
    ])
    static let sort = NumberedNames([
        (VariableSort.disabled.rawValue, "disabled"), (VariableSort.alphabeticalAscending.rawValue, "alphabeticalAscending"),
        (VariableSort.alphabeticalDescending.rawValue, "alphabeticalDescending"),
        (VariableSort.numericalAscending.rawValue, "numericalAscending"),
        (VariableSort.numericalDescending.rawValue, "numericalDescending"),
    ])
    static let hide = NumberedNames([
        (VariableHide.nothing.rawValue, "nothing"), (VariableHide.label.rawValue, "label"), (VariableHide.variable.rawValue, "variable"),
    ])
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
