import GraftJSON
import GraftModel

extension PanelKind {
    /// Table: query results as rows and columns.
    public static let table = PanelKind(
        id: "table", name: "Table",
        options: [
            "cellHeight": "sm",
            "footer": ["countRows": false, "fields": "", "reducer": ["sum"], "show": false],
            "showHeader": true,
        ],
        fieldDefaults: fieldDefaults(color: .thresholds, custom: [
            "align": "auto", "cellOptions": ["type": "auto"], "inspect": false,
        ]))
}

/// A table panel: query results as rows and columns.
public struct Table: PanelKindComponent, FieldPanel {
    public static let kind = PanelKind.table
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Sorts by columns, in order (`[]` writes an empty sort, as Grafana does after one is removed).
    public consuming func sortBy(_ columns: [(name: String, descending: Bool)]) -> Self {
        option("sortBy", .array(columns.map { ["desc": .bool($0.descending), "displayName": .string($0.name)] }))
    }

    /// Sets the row height.
    public consuming func cellHeight(_ height: TableCellHeight) -> Self { option("cellHeight", .string(height.rawValue)) }

    /// Shows or hides the header row.
    public consuming func showHeader(_ show: Bool) -> Self { option("showHeader", .bool(show)) }

    /// Shows a footer reducing each column (or only the `fields` named).
    public consuming func footer(_ reducers: Reducer..., countRows: Bool = false, fields: [String]? = nil) -> Self {
        options([
            "footer.show": true, "footer.reducer": .array(reducers.map { .string($0.rawValue) }),
            "footer.countRows": .bool(countRows), "footer.fields": fields.map { .array($0.map(JSON.string)) },
        ])
    }

    /// Shows the rows a page at a time, with buttons to page through them.
    public consuming func pagination(_ enabled: Bool = true) -> Self { option("footer.enablePagination", .bool(enabled)) }

    /// Sets how cells are drawn: as text, coloured, as gauges, sparklines, images, links or JSON.
    public consuming func cellType(_ options: TableCellOptions) -> Self { custom("cellOptions", .object(options.object)) }

    /// Sets each column's width in pixels.
    public consuming func columnWidth(_ width: Int) -> Self { custom("width", .int(width)) }

    /// Sets each column's smallest width in pixels, when columns share the width.
    public consuming func columnMinWidth(_ width: Int) -> Self { custom("minWidth", .int(width)) }

    /// Sets how cell contents are aligned.
    public consuming func align(_ alignment: TableAlignment) -> Self { custom("align", alignment.json) }

    /// Lets each column's values be filtered from its header.
    public consuming func filterable(_ filterable: Bool = true) -> Self { custom("filterable", .bool(filterable)) }

    /// Lets a cell's whole value be opened in a viewer.
    public consuming func inspect(_ inspect: Bool = true) -> Self { custom("inspect", .bool(inspect)) }
}

/// How a table aligns cell contents.
public enum TableAlignment: String, OptionConstant {
    /// Numbers right, the rest left.
    case auto
    /// Left.
    case left
    /// Centred.
    case center
    /// Right.
    case right
}

/// A table's row height.
public enum TableCellHeight: String, OptionConstant {
    /// Small.
    case small = "sm"
    /// Medium.
    case medium = "md"
    /// Large.
    case large = "lg"
}
