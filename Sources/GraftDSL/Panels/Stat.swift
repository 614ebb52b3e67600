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
    public func colorMode(_ mode: StatColorMode) -> Self { option("colorMode", .string(mode.rawValue)) }
    /// Sets whether a sparkline is drawn behind the value.
    public func graphMode(_ mode: StatGraphMode) -> Self { option("graphMode", .string(mode.rawValue)) }
    /// Sets how value and name are aligned.
    public func justifyMode(_ mode: StatJustifyMode) -> Self { option("justifyMode", .string(mode.rawValue)) }
    /// Sets what text is shown: value, name, both, nothing.
    public func textMode(_ mode: StatTextMode) -> Self { option("textMode", .string(mode.rawValue)) }
    /// Sets whether, on a wide panel, the name goes beside the value (`true`) or above it.
    public func wideLayout(_ wide: Bool) -> Self { option("wideLayout", .bool(wide)) }
    /// Shows how much the value changed over the time range, coloured as `colorMode` says.
    public func showPercentChange(_ show: Bool = true, colorMode: PercentChangeColorMode? = nil) -> Self {
        options(["showPercentChange": .bool(show), "percentChangeColorMode": colorMode?.json])
    }
}

/// How a stat panel colours its percent change.
public struct PercentChangeColorMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Green for a rise, red for a fall.
    public static let standard: PercentChangeColorMode = "standard"
    /// Red for a rise, green for a fall.
    public static let inverted: PercentChangeColorMode = "inverted"
    /// The value's colour.
    public static let sameAsValue: PercentChangeColorMode = "same_as_value"
}

/// What a stat panel colours.
public struct StatColorMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The value's text.
    public static let value: StatColorMode = "value"
    /// The background, as a gradient.
    public static let background: StatColorMode = "background"
    /// The background, solid.
    public static let backgroundSolid: StatColorMode = "background_solid"
    /// Nothing.
    public static let none: StatColorMode = "none"
}

/// Whether a stat panel draws a sparkline.
public struct StatGraphMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// No sparkline.
    public static let none: StatGraphMode = "none"
    /// An area sparkline.
    public static let area: StatGraphMode = "area"
}

/// How a stat panel aligns value and name.
public struct StatJustifyMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Picked by the panel's shape.
    public static let auto: StatJustifyMode = "auto"
    /// Centred.
    public static let center: StatJustifyMode = "center"
}

/// What text a stat panel shows.
public struct StatTextMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Picked by the number of series.
    public static let auto: StatTextMode = "auto"
    /// The value only.
    public static let value: StatTextMode = "value"
    /// The value and the series name.
    public static let valueAndName: StatTextMode = "value_and_name"
    /// The series name only.
    public static let name: StatTextMode = "name"
    /// No text.
    public static let none: StatTextMode = "none"
}
