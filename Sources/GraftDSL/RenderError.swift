/// Why a dashboard cannot be rendered: each names the dashboard, the panel and the problem.
public struct RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dashboard's title.
    public var dashboard: String
    /// The panel, described so a reader finds it: title, kind and row.
    public var panel: String
    /// What is wrong.
    public var problem: String

    /// An error about `panel` of `dashboard`.
    public init(dashboard: String, panel: String, problem: String) {
        self.dashboard = dashboard
        self.panel = panel
        self.problem = problem
    }

    public var description: String { "dashboard \"\(dashboard)\", \(panel): \(problem)" }
}
