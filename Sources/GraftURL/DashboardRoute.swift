/// Which Grafana route a dashboard URL uses; the raw value is the path segment before the uid.
public enum DashboardRoute: String, Sendable, Hashable, CaseIterable {
    /// `/d/UID[/SLUG]`: the whole dashboard.
    case dashboard = "d"
    /// `/d-solo/UID[/SLUG]`: a single panel, chosen by the `panelId` query parameter.
    case soloPanel = "d-solo"
}
