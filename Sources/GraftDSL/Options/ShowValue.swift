import GraftJSON
import GraftModel

/// A panel that can write values on its bars or cells: bar chart, state timeline, status history.
public protocol ShowValuePanel: PanelComponent {}

extension ShowValuePanel {
    /// Sets when values are written: when they fit, always, or never.
    public consuming func showValue(_ mode: VisibilityMode) -> Self { option("showValue", mode.json) }
}

/// When something is shown.
public enum VisibilityMode: String, OptionConstant {
    /// When there is room.
    case auto
    /// Always.
    case always
    /// Never.
    case never
}
