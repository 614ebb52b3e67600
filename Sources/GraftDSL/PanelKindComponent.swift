import GraftModel

/// A panel component of one kind (`Stat`, `Timeseries`...): built from a title and its queries.
public protocol PanelKindComponent: PanelComponent {
    /// The kind every panel of this type has.
    static var kind: PanelKind { get }
    /// A panel from a spec of this kind.
    init(spec: PanelSpec)
}

extension PanelKindComponent {
    /// A new panel titled `title` with `queries`, as Grafana 11.3 saves it, changed only by modifiers.
    @inlinable
    public init(_ title: String, @QueryBuilder queries: () -> [Target] = { [] }) {
        var spec = PanelSpec(kind: Self.kind, title: title)
        if Self.kind.queries { spec.model.targets = queries() }
        self.init(spec: spec)
    }
}
