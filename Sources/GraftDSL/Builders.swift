import GraftModel

/// Builds a list of `Element`s from statements, with `if`, `if`/`else` and `for`: the one result
/// builder behind every list in the DSL (panels, queries, variables, overrides...). Its functions
/// are inlinable because a builder runs in the module that uses it: there each list is built for
/// its element type, without looking generic metadata up at run time. Expressions are consumed:
/// a component's model moves into the list, not copied.
@resultBuilder
public enum ListBuilder<Element> {
    @inlinable public static func buildExpression(_ element: consuming Element) -> [Element] { [element] }
    @inlinable public static func buildExpression(_ elements: consuming [Element]) -> [Element] { elements }
    @inlinable public static func buildBlock(_ parts: [Element]...) -> [Element] {
        if parts.count == 1 { return parts[0] }
        var all: [Element] = []
        all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { all.append(contentsOf: part) }
        return all
    }
    @inlinable public static func buildOptional(_ part: [Element]?) -> [Element] { part ?? [] }
    @inlinable public static func buildEither(first: [Element]) -> [Element] { first }
    @inlinable public static func buildEither(second: [Element]) -> [Element] { second }
    @inlinable public static func buildArray(_ parts: [[Element]]) -> [Element] { parts.flatMap { $0 } }
}

extension ListBuilder where Element == PanelSpec {
    @inlinable public static func buildExpression(_ panel: consuming some PanelComponent) -> [PanelSpec] { [panel.spec] }
}

extension ListBuilder where Element == DashboardItem {
    @inlinable public static func buildExpression(_ row: consuming Row) -> [DashboardItem] { [.row(row)] }
    @inlinable public static func buildExpression(_ panel: consuming some PanelComponent) -> [DashboardItem] { [.panel(panel.spec)] }
}

extension ListBuilder where Element == Target {
    @inlinable public static func buildExpression(_ query: consuming some QueryComponent) -> [Target] { [query.target] }
}

extension ListBuilder where Element == VariableModel {
    @inlinable public static func buildExpression(_ variable: consuming some VariableComponent) -> [VariableModel] { [variable.model] }
}

extension ListBuilder where Element == FieldOverride {
    @inlinable public static func buildExpression(_ override: consuming Override) -> [FieldOverride] { [override.model] }
}

extension ListBuilder where Element == Transformation {
    /// A typed transformation (`Organize`, `JoinByField`...) as the model saves it.
    public static func buildExpression(_ transformation: consuming some TransformationComponent) -> [Transformation] { [transformation.transformation] }
}

/// Builds the panels of a row.
public typealias PanelBuilder = ListBuilder<PanelSpec>
/// Builds a dashboard's content: rows, and panels above the first row.
public typealias DashboardBuilder = ListBuilder<DashboardItem>
/// Builds a panel's queries.
public typealias QueryBuilder = ListBuilder<Target>
/// Builds a dashboard's template variables.
public typealias VariableBuilder = ListBuilder<VariableModel>
/// Builds field overrides.
public typealias OverrideBuilder = ListBuilder<FieldOverride>
/// Builds the properties of one field override.
public typealias PropertyBuilder = ListBuilder<FieldProperty>
/// Builds a panel's transformations, in order.
public typealias TransformationBuilder = ListBuilder<Transformation>
