import GraftJSON
import GraftModel

// Override properties for a table's columns (`custom.*` of the table panel).
extension FieldProperty {
    /// Sets the column width in pixels.
    public static func width(_ pixels: Int) -> FieldProperty { custom("width", .int(pixels)) }
    /// Sets the narrowest the column may be, in pixels.
    public static func minWidth(_ pixels: Int) -> FieldProperty { custom("minWidth", .int(pixels)) }
    /// Sets how the column's text is aligned.
    public static func align(_ alignment: TableAlignment) -> FieldProperty { custom("align", .string(alignment.rawValue)) }
    /// Sets how the column's cells are drawn (as the table's `cellType` does for every column).
    public static func cellOptions(_ options: TableCellOptions) -> FieldProperty { custom("cellOptions", .object(options.object)) }
    /// Hides the column.
    public static func hidden(_ hidden: Bool = true) -> FieldProperty { custom("hidden", .bool(hidden)) }
    /// Offers a filter on the column's values ("Column filter", `custom.filterable`).
    public static func filterable(_ filterable: Bool = true) -> FieldProperty { custom("filterable", .bool(filterable)) }
    /// Lets a cell's value be inspected in full.
    public static func inspect(_ inspect: Bool = true) -> FieldProperty { custom("inspect", .bool(inspect)) }
}
