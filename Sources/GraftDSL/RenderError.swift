/// Why a dashboard cannot be rendered: each names the dashboard, the panel and the problem.
public struct RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dashboard's title.
    public var dashboard: String
    /// The panel, described so a reader finds it: title, kind and row.
    public var panel: String
    /// What is wrong.
    public var problem: String

    public var description: String { "dashboard \"\(dashboard)\", \(panel): \(problem)" }
}
