import GraftJSON
import GraftModel

/// A panel that can write values on its bars or cells: bar chart, state timeline, status history.
public protocol ShowValuePanel: PanelComponent {}

extension ShowValuePanel {
    /// Sets when values are written: when they fit, always, or never.
    public func showValue(_ mode: VisibilityMode) -> Self { option("showValue", mode.json) }
}

/// When something is shown.
public struct VisibilityMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// When there is room.
    public static let auto: VisibilityMode = "auto"
    /// Always.
    public static let always: VisibilityMode = "always"
    /// Never.
    public static let never: VisibilityMode = "never"
}
