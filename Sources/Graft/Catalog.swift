import GraftDSL
import GraftModel

/// Everything a dashboards-as-code package delivers: its dashboards and the monitors that feed
/// them. The `graft` command line renders, checks and pushes a catalog.
public struct Catalog: Sendable {
    /// A short name for messages (`higress`).
    public var name: String
    /// The dashboards, in order.
    public var dashboards: [Dashboard]

    /// A catalog named `name` holding `content`.
    public init(_ name: String, @ListBuilder<CatalogItem> content: () -> [CatalogItem]) {
        self.name = name
        dashboards = []
        for item in content() {
            switch item {
            case .dashboard(let dashboard): dashboards.append(dashboard)
            }
        }
    }
}

/// One entry of a catalog.
public enum CatalogItem: Sendable {
    /// A dashboard.
    case dashboard(Dashboard)
}

extension ListBuilder where Element == CatalogItem {
    public static func buildExpression(_ dashboard: Dashboard) -> [CatalogItem] { [.dashboard(dashboard)] }
}
