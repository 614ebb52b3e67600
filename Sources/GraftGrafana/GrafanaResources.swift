import GraftJSON

/// What `GET /api/health` reports.
public struct GrafanaHealth: Sendable, Hashable {
    /// `ok`, or `failing` when the database is down.
    public var database: String
    /// Grafana's version (hidden by some setups).
    public var version: String?
    /// The build's commit.
    public var commit: String?
}

/// A folder as Grafana returns it.
public struct GrafanaFolder: Sendable, Hashable {
    /// The uid.
    public var uid: String
    /// The title.
    public var title: String
    /// The parent's uid, for a nested folder.
    public var parentUID: String?
}

/// A datasource as Grafana lists it.
public struct GrafanaDatasource: Sendable, Hashable {
    /// The uid dashboards reference it by.
    public var uid: String
    /// The unique name.
    public var name: String
    /// The plugin id (`prometheus`).
    public var type: String
    /// The URL it reads from.
    public var url: String
}

/// A dashboard as it is now in Grafana (`GET /api/dashboards/uid/:uid`).
public struct LiveDashboard: Sendable, Hashable {
    /// The stored JSON model.
    public var model: JSON
    /// The current version.
    public var version: Int
    /// Its folder's uid, empty at the root.
    public var folderUID: String
    /// The login that saved it last.
    public var updatedBy: String?
    /// When it was saved last (RFC 3339).
    public var updated: String?
    /// Its path in Grafana (`/d/<uid>/<slug>`, sub-path included).
    public var url: String?
}

/// One saved version of a dashboard.
public struct DashboardVersion: Sendable, Hashable {
    /// The version number.
    public var version: Int
    /// The save message.
    public var message: String
    /// Who saved it.
    public var createdBy: String?
    /// When (RFC 3339).
    public var created: String?
}

/// What Graft asks Grafana to save (`POST /api/dashboards/db`).
public struct DashboardSave: Sendable, Hashable {
    /// The JSON model; its `uid` and `version` decide create or update.
    public var dashboard: JSON
    /// The folder's uid, empty for the root.
    public var folderUID: String
    /// The version message.
    public var message: String
    /// Whether to replace whatever version is stored.
    public var overwrite: Bool

    /// A save of `dashboard` into `folderUID`.
    public init(dashboard: JSON, folderUID: String = "", message: String = "", overwrite: Bool = false) {
        self.dashboard = dashboard
        self.folderUID = folderUID
        self.message = message
        self.overwrite = overwrite
    }
}

/// What Grafana answers to a save.
public struct SavedDashboard: Sendable, Hashable {
    /// The uid.
    public var uid: String
    /// The new version.
    public var version: Int
    /// Its path in Grafana (`/d/<uid>/<slug>`, sub-path included).
    public var url: String
}

/// One hit of `GET /api/search`.
public struct SearchHit: Sendable, Hashable {
    /// The uid.
    public var uid: String
    /// The title.
    public var title: String
    /// `dash-db` or `dash-folder`.
    public var type: String
    /// Its path in Grafana.
    public var url: String
    /// The folder's uid, absent at the root.
    public var folderUID: String?
    /// Tags.
    public var tags: [String]
}

/// Filters of `GET /api/search`.
public struct SearchQuery: Sendable, Hashable {
    /// A title substring.
    public var query: String?
    /// Tags every hit must have.
    public var tags: [String]
    /// `dash-db` or `dash-folder`, or `nil` for both.
    public var type: String?
    /// Only these dashboards.
    public var dashboardUIDs: [String]
    /// Only what these folders hold.
    public var folderUIDs: [String]
    /// Hits a page (Grafana allows up to 5000).
    public var limit: Int?
    /// The page, from 1.
    public var page: Int?

    /// A query; every filter is optional.
    public init(query: String? = nil, tags: [String] = [], type: String? = nil, dashboardUIDs: [String] = [],
                folderUIDs: [String] = [], limit: Int? = nil, page: Int? = nil) {
        self.query = query
        self.tags = tags
        self.type = type
        self.dashboardUIDs = dashboardUIDs
        self.folderUIDs = folderUIDs
        self.limit = limit
        self.page = page
    }
}
