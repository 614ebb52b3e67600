import GraftModel

/// Builds a list of `Element`s from statements, with `if`, `if`/`else` and `for`: the one result
/// builder behind every list in the DSL (panels, queries, variables, overrides...). Its functions
/// are inlinable because a builder runs in the module that uses it: there each list is built for
/// its element type, without looking generic metadata up at run time. Expressions are consumed:
/// a component's model moves into the list, not copied.
@resultBuilder
public enum ListBuilder<Element> {
    /// A block's elements so far. Each statement's elements move into the list, not copied: a
    /// copy of a panel costs a reference count for every string and list in it, and the arrays the
    /// builder passes from statement to statement are constants, which cannot give elements up.
    public final class Parts {
        @usableFromInline var elements: [Element]

        @inlinable init(_ elements: consuming [Element]) { self.elements = elements }

        /// Moves the elements of `next` to the end of this list.
        @inlinable func take(_ next: Parts) {
            var moved: [Element] = []
            swap(&moved, &next.elements)
            guard !elements.isEmpty else { return swap(&elements, &moved) }
            var all: [Element] = []
            swap(&all, &elements)
            let start = all.endIndex
            while let element = moved.popLast() { all.append(consume element) }
            all[start...].reverse()
            swap(&all, &elements)
        }
    }

    @inlinable public static func buildExpression(_ element: consuming Element) -> Parts { Parts([element]) }
    @inlinable public static func buildExpression(_ elements: consuming [Element]) -> Parts { Parts(elements) }
    @inlinable public static func buildBlock() -> Parts { Parts([]) }
    @inlinable public static func buildPartialBlock(first: Parts) -> Parts { first }
    @inlinable public static func buildPartialBlock(accumulated: Parts, next: Parts) -> Parts {
        accumulated.take(next)
        return accumulated
    }
    @inlinable public static func buildOptional(_ part: Parts?) -> Parts { part ?? Parts([]) }
    @inlinable public static func buildEither(first: Parts) -> Parts { first }
    @inlinable public static func buildEither(second: Parts) -> Parts { second }
    @inlinable public static func buildArray(_ parts: [Parts]) -> Parts {
        let all = Parts([])
        for part in parts { all.take(part) }
        return all
    }
    @inlinable public static func buildFinalResult(_ parts: Parts) -> [Element] {
        var elements: [Element] = []
        swap(&elements, &parts.elements)
        return elements
    }
}

extension ListBuilder where Element == PanelSpec {
    @inlinable public static func buildExpression(_ panel: consuming some PanelComponent) -> Parts { Parts([panel.spec]) }
}

extension ListBuilder where Element == DashboardItem {
    @inlinable public static func buildExpression(_ row: consuming Row) -> Parts { Parts([.row(row)]) }
    @inlinable public static func buildExpression(_ panel: consuming some PanelComponent) -> Parts { Parts([.panel(panel.spec)]) }
}

extension ListBuilder where Element == Target {
    @inlinable public static func buildExpression(_ query: consuming some QueryComponent) -> Parts { Parts([query.target]) }
}

extension ListBuilder where Element == VariableModel {
    @inlinable public static func buildExpression(_ variable: consuming some VariableComponent) -> Parts { Parts([variable.model]) }
}

extension ListBuilder where Element == FieldOverride {
    @inlinable public static func buildExpression(_ override: consuming Override) -> Parts { Parts([override.model]) }
}

extension ListBuilder where Element == Transformation {
    /// A typed transformation (`Organize`, `JoinByField`...) as the model saves it.
    public static func buildExpression(_ transformation: consuming some TransformationComponent) -> Parts { Parts([transformation.transformation]) }
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
