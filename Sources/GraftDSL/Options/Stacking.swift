import GraftJSON
import GraftModel

/// A panel whose series can be stacked, by field option: time series, histogram.
public protocol StackingPanel: FieldPanel {}

extension StackingPanel {
    /// Stacks series: normally, or as percentages; series stack with those of the same `group`
    /// (`A` unless told otherwise, so that by default all stack together).
    public func stacking(_ mode: StackingMode, group: String? = nil) -> Self {
        custom(["stacking.mode": mode.json, "stacking.group": group.map(JSON.string)])
    }
}

extension PanelKind {
    /// `stacking` of a new time series or histogram panel: not stacked, every series in group A.
    static let stackingDefaults: JSONObject = ["stacking": ["group": "A", "mode": "none"]]
}

/// How series are stacked.
public struct StackingMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Not stacked.
    public static let none: StackingMode = "none"
    /// Stacked values.
    public static let normal: StackingMode = "normal"
    /// Stacked to 100%.
    public static let percent: StackingMode = "percent"
}
