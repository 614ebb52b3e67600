import GraftJSON
import GraftModel

/// A panel whose series can be stacked, by field option: time series, histogram.
public protocol StackingPanel: FieldPanel {}

extension StackingPanel {
    /// Stacks series: normally, or as percentages; series stack with those of the same `group`
    /// (`A` unless told otherwise, so that by default all stack together).
    public consuming func stacking(_ mode: StackingMode, group: String? = nil) -> Self {
        custom(["stacking.mode": mode.json, "stacking.group": group.map(JSON.string)])
    }
}

extension PanelKind {
    /// `stacking` of a new time series or histogram panel: not stacked, every series in group A.
    static let stackingDefaults: JSONObject = ["stacking": ["group": "A", "mode": "none"]]
}

/// How series are stacked.
public enum StackingMode: String, OptionConstant {
    /// Not stacked.
    case none
    /// Stacked values.
    case normal
    /// Stacked to 100%.
    case percent
}
