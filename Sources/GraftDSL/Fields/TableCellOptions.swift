import GraftJSON

// Minimal table cell options for overrides (`custom.cellOptions`); to reconcile with the table
// panel's own cell options when they are modelled.

/// How a table cell is drawn (`cellOptions.type`).
public struct TableCellType: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Picked by the value.
    public static let auto: TableCellType = "auto"
    /// Text coloured by thresholds or mappings.
    public static let colorText: TableCellType = "color-text"
    /// Background coloured by thresholds or mappings.
    public static let colorBackground: TableCellType = "color-background"
    /// A bar gauge.
    public static let gauge: TableCellType = "gauge"
    /// JSON, expandable.
    public static let jsonView: TableCellType = "json-view"
    /// An image from the value's URL.
    public static let image: TableCellType = "image"
    /// The field's data links.
    public static let dataLinks: TableCellType = "data-links"
    /// A sparkline of the value's series.
    public static let sparkline: TableCellType = "sparkline"
}

/// The look of a coloured-background or gauge cell (`cellOptions.mode`).
public struct TableCellMode: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// One flat colour.
    public static let basic: TableCellMode = "basic"
    /// A gradient.
    public static let gradient: TableCellMode = "gradient"
    /// LED-like segments (gauges only).
    public static let lcd: TableCellMode = "lcd"
}
