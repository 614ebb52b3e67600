/// What the console says about one dashboard slot.
public struct ConsoleDashboardInfo: Sendable, Hashable {
    /// Whether the console runs its own Grafana (built-in mode), which refuses manual URLs.
    public var builtIn: Bool
    /// The built-in dashboard's uid.
    public var uid: String?
    /// The dashboard URL the page embeds.
    public var url: String?
}
