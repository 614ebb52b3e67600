/// The theme a URL can force on a dashboard; the raw value is the `theme` parameter's value.
public enum DashboardTheme: String, Sendable, Hashable {
    /// `theme=light`.
    case light
    /// `theme=dark`.
    case dark
}
