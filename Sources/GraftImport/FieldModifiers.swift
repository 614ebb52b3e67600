import GraftDSL
import GraftJSON
import GraftModel

extension PanelModifiers {
    /// The field defaults in modifiers: unit, decimals, range, no-value text, display name, colour,
    /// thresholds, mappings, and the kind's own field options.
    mutating func addFieldDefaults(_ expected: FieldDefaults, kind: PanelCodeKind) {
        guard spec.model.fieldConfig?.defaults != nil else { return }
        var current: FieldDefaults { spec.model.fieldConfig!.defaults! }
        if let unit = expected.unit, unit != current.unit {
            add(.call(".unit", [ConstantNames.unit.swiftCode(unit.rawValue, optional: false)])) { $0.unit(unit) }
        }
        if let decimals = expected.decimals, decimals != current.decimals {
            add(.call(".decimals", [decimals.swiftCode])) { $0.decimals(decimals) }
        }
        if expected.min != current.min || expected.max != current.max, expected.min != nil || expected.max != nil {
            let arguments = [expected.min.map { Code.argument("min", $0.swiftCode) }, expected.max.map { Code.argument("max", $0.swiftCode) }]
            add(.call(".range", arguments.compactMap { $0 })) { $0.range(min: expected.min, max: expected.max) }
        }
        if let text = expected.noValue, text != current.noValue { add(.call(".noValue", [text.swiftCode])) { $0.noValue(text) } }
        if let name = expected.displayName, name != current.displayName {
            add(.call(".displayName", [name.swiftCode])) { $0.displayName(name) }
        }
        if let color = expected.color, color != current.color, color.unmodeled.isEmpty, color.seriesBy == nil {
            if color.fixedColor == nil {
                add(.call(".color", [color.mode.swiftCode])) { $0.color(color.mode) }
            } else if color.mode == .fixed, let fixed = color.fixedColor {
                add(.call(".color", [.argument("fixed", fixed.swiftCode)])) { $0.color(fixed: fixed) }
            }
        }
        if let thresholds = expected.thresholds, thresholds != current.thresholds { addThresholds(thresholds) }
        if let mappings = expected.mappings, mappings != current.mappings, !mappings.isEmpty {
            // `.mappings(...)` is variadic; Swift cannot spread a list into it, so it is applied as it is written.
            add(.call(".mappings", mappings.map(\.swiftCode))) { $0.fieldDefaults { $0.mappings = mappings } }
        }
        if let custom = expected.custom { addCustom(custom, kind: kind) }
    }

    /// `.thresholds(base, (value, colour)..., mode:)`, when the steps are that simple.
    private mutating func addThresholds(_ thresholds: Thresholds) {
        guard thresholds.unmodeled.isEmpty, let mode = thresholds.mode, let steps = thresholds.steps, let base = steps.first,
              base.value == .null, steps.allSatisfy(\.unmodeled.isEmpty) else { return }
        var levels: [(Double, Color)] = []
        for step in steps.dropFirst() {
            guard case .value(let value)? = step.value else { return }
            levels.append((value, step.color))
        }
        let arguments = [base.color.swiftCode] + levels.map { Code.concat([.text("(" + $0.0.swiftCode.flat! + ", "), $0.1.swiftCode, .text(")")]) }
            + (mode == .absolute ? [] : [.argument("mode", mode.swiftCode)])
        // Variadic: applied as `.thresholds` writes it.
        let built = Thresholds(mode: mode, steps: [ThresholdStep(color: base.color, value: nil)] + levels.map { ThresholdStep(color: $0.1, value: $0.0) })
        add(.call(".thresholds", arguments)) { $0.fieldDefaults { $0.thresholds = built } }
    }

    /// The kind's own field options (`fieldConfig.defaults.custom`): the time series modifiers,
    /// then `.custom(path, value)` for the rest.
    private mutating func addCustom(_ expected: JSONObject, kind: PanelCodeKind) {
        var changes = JSONChanges(from: spec.model.fieldConfig?.defaults?.custom, to: expected)
        if kind.kind.id == PanelKind.timeseries.id {
            add(Timeseries.drawStyle, at: "drawStyle", from: &changes)
            if let width = changes.takeInt("lineWidth") { add(Timeseries.self, .call(".lineWidth", [width.swiftCode])) { $0.lineWidth(width) } }
            if let fill = changes.takeInt("fillOpacity") { add(Timeseries.self, .call(".fillOpacity", [fill.swiftCode])) { $0.fillOpacity(fill) } }
            add(Timeseries.showPoints, at: "showPoints", from: &changes)
            if let stacking = changes.take("stacking.mode", as: StackingMode.self) {
                add(Timeseries.self, .call(".stacking", [stacking.swiftCode()])) { $0.stacking(stacking) }
            }
            add(Timeseries.lineInterpolation, at: "lineInterpolation", from: &changes)
        }
        for change in changes.takeAll() {
            add(.call(".custom", [change.dotted.swiftCode, change.value.swiftCode])) { $0.custom(change.dotted, change.value) }
        }
    }

    /// Overrides added after the ones the kind starts with, as `.overrides { Override(...) { ... } }`;
    /// members the builder does not set are left to the repair.
    mutating func addOverrides(_ expected: [FieldOverride]?) {
        guard let expected, let current = spec.model.fieldConfig?.overrides, expected.count > current.count,
              Array(expected.prefix(current.count)) == current else { return }
        let added = expected.dropFirst(current.count).map { override in
            FieldOverride(matcher: FieldMatcher(id: override.matcher.id, options: override.matcher.options),
                          properties: override.properties.map { FieldProperty(id: $0.id, value: $0.value) })
        }
        let codes = added.map { override in
            Code.closure(.call("Override", [override.matcher.fullCode!]), override.properties.map { $0.fullCode! })
        }
        let built = added.map { override in Override(override.matcher) { override.properties }.model }
        add(.block(open: ".overrides {", statements: codes, close: "}")) { $0.overrides { built } }
    }
}

extension JSONChanges {
    /// Removes and returns the change at `path` when it sets a string.
    mutating func takeString(_ path: String) -> String? {
        guard case .string(let text)? = value(at: path) else { return nil }
        _ = take(path)
        return text
    }

    /// Removes and returns the change at `path` when it sets one of `Constant`'s values.
    mutating func take<Constant: OptionConstant>(_ path: String, as type: Constant.Type) -> Constant? {
        guard case .string(let text)? = value(at: path), let constant = Constant(rawValue: text) else { return nil }
        _ = take(path)
        return constant
    }

    /// Removes and returns the change at `path` when it sets an integer written as one.
    mutating func takeInt(_ path: String) -> Int? {
        guard case .number(let number)? = value(at: path), let int = Int(number.text) else { return nil }
        _ = take(path)
        return int
    }

    /// Removes and returns the change at `path` when it sets a boolean.
    mutating func takeBool(_ path: String) -> Bool? {
        guard case .bool(let bool)? = value(at: path) else { return nil }
        _ = take(path)
        return bool
    }

    /// Removes and returns the change at `path` when it sets a list of strings.
    mutating func takeStrings(_ path: String) -> [String]? {
        guard case .array(let elements)? = value(at: path) else { return nil }
        let strings = elements.compactMap(\.stringValue)
        guard strings.count == elements.count else { return nil }
        _ = take(path)
        return strings
    }

    /// The value a pending change sets at `path`.
    func value(at path: String) -> JSON? { changes.first { $0.dotted == path }?.value }
}
