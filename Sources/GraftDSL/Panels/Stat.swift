import GraftJSON
import GraftModel

extension PanelKind {
    /// Stat: one big value per series, with an optional sparkline.
    public static let stat = PanelKind(
        id: "stat", name: "Stat", defaultSize: .tile,
        options: [
            "colorMode": "value", "graphMode": "area", "justifyMode": "auto", "orientation": "auto",
            "percentChangeColorMode": "standard",
            "reduceOptions": ["calcs": ["lastNotNull"], "fields": "", "values": false],
            "showPercentChange": false, "textMode": "auto", "wideLayout": true,
        ],
        fieldDefaults: fieldDefaults(color: .thresholds, custom: nil))
}

/// A stat panel: one big value per series.
public struct Stat: PanelKindComponent, FieldPanel, ReducingPanel, TextSizePanel {
    public static let kind = PanelKind.stat
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sets what is coloured: the value, the background, or nothing.
    public consuming func colorMode(_ mode: StatColorMode) -> Self { option("colorMode", .string(mode.rawValue)) }
    /// Sets whether a sparkline is drawn behind the value.
    public consuming func graphMode(_ mode: StatGraphMode) -> Self { option("graphMode", .string(mode.rawValue)) }
    /// Sets how value and name are aligned.
    public consuming func justifyMode(_ mode: StatJustifyMode) -> Self { option("justifyMode", .string(mode.rawValue)) }
    /// Sets what text is shown: value, name, both, nothing.
    public consuming func textMode(_ mode: StatTextMode) -> Self { option("textMode", .string(mode.rawValue)) }
    /// Sets whether, on a wide panel, the name goes beside the value (`true`) or above it.
    public consuming func wideLayout(_ wide: Bool) -> Self { option("wideLayout", .bool(wide)) }
    /// Shows how much the value changed over the time range, coloured as `colorMode` says.
    public consuming func showPercentChange(_ show: Bool = true, colorMode: PercentChangeColorMode? = nil) -> Self {
        options(["showPercentChange": .bool(show), "percentChangeColorMode": colorMode?.json])
    }
}

/// How a stat panel colours its percent change.
public enum PercentChangeColorMode: String, OptionConstant {
    /// Green for a rise, red for a fall.
    case standard
    /// Red for a rise, green for a fall.
    case inverted
    /// The value's colour.
    case sameAsValue = "same_as_value"
}

/// What a stat panel colours.
public enum StatColorMode: String, OptionConstant {
    /// The value's text.
    case value
    /// The background, as a gradient.
    case background
    /// The background, solid.
    case backgroundSolid = "background_solid"
    /// Nothing.
    case none
}

/// Whether a stat panel draws a sparkline.
public enum StatGraphMode: String, OptionConstant {
    /// No sparkline.
    case none
    /// An area sparkline.
    case area
}

/// How a stat panel aligns value and name.
public enum StatJustifyMode: String, OptionConstant {
    /// Picked by the panel's shape.
    case auto
    /// Centred.
    case center
}

/// What text a stat panel shows.
public enum StatTextMode: String, OptionConstant {
    /// Picked by the number of series.
    case auto
    /// The value only.
    case value
    /// The value and the series name.
    case valueAndName = "value_and_name"
    /// The series name only.
    case name
    /// No text.
    case none
}
