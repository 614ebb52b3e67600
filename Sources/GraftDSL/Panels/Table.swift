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
    public func sortBy(_ columns: [(name: String, descending: Bool)]) -> Self {
        option("sortBy", .array(columns.map { ["desc": .bool($0.descending), "displayName": .string($0.name)] }))
    }

    /// Sets the row height.
    public func cellHeight(_ height: TableCellHeight) -> Self { option("cellHeight", .string(height.rawValue)) }

    /// Shows a footer reducing each column.
    public func footer(_ reducers: Reducer..., countRows: Bool = false) -> Self {
        options([
            "footer.show": true, "footer.reducer": .array(reducers.map { .string($0.rawValue) }),
            "footer.countRows": .bool(countRows),
        ])
    }
}

/// A table's row height.
public struct TableCellHeight: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Small.
    public static let small: TableCellHeight = "sm"
    /// Medium.
    public static let medium: TableCellHeight = "md"
    /// Large.
    public static let large: TableCellHeight = "lg"
}
