import GraftModel

/// A dashboard to push, and the folder it goes in.
public struct PushItem: Sendable, Hashable {
    /// The dashboard, as rendered (with `__inputs` for its datasources).
    public var dashboard: DashboardModel
    /// Its folder path, root first; `nil` for Grafana's root ("General").
    public var folder: FolderPath?

    /// A dashboard for `folder`.
    public init(_ dashboard: DashboardModel, folder: FolderPath? = nil) {
        self.dashboard = dashboard
        self.folder = folder
    }

    /// The title for messages.
    var title: String { dashboard.title ?? dashboard.uid ?? "untitled" }
}

/// How a push runs.
public struct PushOptions: Sendable, Hashable {
    /// Plan only: read Grafana, write nothing.
    public var dryRun: Bool
    /// Overwrite dashboards that were edited outside Graft, and save without the version check.
    public var force: Bool
    /// How many dashboards are pushed at once.
    public var concurrency: Int
    /// How datasource inputs are bound.
    public var datasources: DatasourceChoices
    /// Whose dashboards these are: the catalog's name, recorded as the manager id (app-platform
    /// API) or in the version message (classic API), and what `prune` deletes by.
    public var owner: String
    /// After pushing, delete the dashboards this owner pushed that are no longer given, then the
    /// folders Graft created that are left empty (a dry run lists them).
    public var prune: Bool
    /// In a dry run on the app-platform API, send each write with `dryRun=All` so Grafana
    /// validates it (uid, title, folder, permissions) without storing it; `false` reads only (`graft diff`).
    public var validateOnServer: Bool

    /// Options; by default a real push, four at a time, no force, no prune, owner `graft`.
    public init(dryRun: Bool = false, force: Bool = false, concurrency: Int = 4, datasources: DatasourceChoices = DatasourceChoices(),
                owner: String = "graft", prune: Bool = false, validateOnServer: Bool = true) {
        self.validateOnServer = validateOnServer
        self.dryRun = dryRun
        self.force = force
        self.concurrency = max(1, concurrency)
        self.datasources = datasources
        self.owner = owner
        self.prune = prune
    }
}
