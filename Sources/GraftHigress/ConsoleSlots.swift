import GraftCatalog
import GraftDSL

/// The Higress console slots a catalog's dashboards fill, by dashboard uid.
public struct ConsoleSlots: CatalogExtension {
    /// The slot each dashboard fills, by uid.
    public var byDashboardUID: [String: ConsoleSlot] = [:]

    public init() {}
}

/// A catalog entry: a dashboard that fills one of the Higress console's slots.
public struct ConsoleDashboard: CatalogContent {
    /// The dashboard.
    public var dashboard: Dashboard
    /// The slot (MAIN, AI or LOG) it fills.
    public var slot: ConsoleSlot

    public func add(to catalog: inout Catalog) {
        dashboard.add(to: &catalog)
        if let uid = dashboard.model.uid { catalog[ConsoleSlots.self].byDashboardUID[uid] = slot }
    }
}

extension Dashboard {
    /// This dashboard as a catalog entry that fills the Higress console's `slot` (MAIN, AI or LOG):
    /// `graft push --higress-console URL` points the slot at it after pushing.
    public func console(_ slot: ConsoleSlot) -> ConsoleDashboard { ConsoleDashboard(dashboard: self, slot: slot) }
}

extension Catalog {
    /// The Higress console slot (MAIN, AI, LOG) each dashboard fills, by dashboard uid.
    public var consoleSlots: [String: ConsoleSlot] { self[ConsoleSlots.self].byDashboardUID }
}
