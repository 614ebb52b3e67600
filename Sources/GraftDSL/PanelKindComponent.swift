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
    public init(_ title: String, @QueryBuilder queries: () -> [Target] = { [] }) {
        let kind = Self.kind
        self.init(spec: PanelSpec(kind: kind, title: title, targets: kind.queries ? queries() : nil))
    }
}
