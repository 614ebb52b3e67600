import GraftJSON

/// How a table column's text is aligned (`custom.align`).
public struct TableCellAlignment: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Numbers right, text left.
    public static let auto: TableCellAlignment = "auto"
    /// Left.
    public static let left: TableCellAlignment = "left"
    /// Centred.
    public static let center: TableCellAlignment = "center"
    /// Right.
    public static let right: TableCellAlignment = "right"
}
