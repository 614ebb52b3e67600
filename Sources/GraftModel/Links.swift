import GraftJSON

/// A link in a panel's header menu.
public struct PanelLink: Sendable, JSONModel {
    /// The link text.
    public var title: String?
    /// Where it goes; may use `${__url_time_range}` and variables.
    public var url: String?
    /// Whether it opens in a new tab.
    public var targetBlank: Bool?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A link with a title and a URL.
    public init(title: String, url: String, targetBlank: Bool? = nil) {
        self.title = title
        self.url = url
        self.targetBlank = targetBlank
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a panel link object"
    public static var unread: PanelLink { PanelLink(title: "", url: "") }

    public func fields(_ v: inout some FieldVisitor<PanelLink>) {
        field("targetBlank", \.targetBlank, in: &v)
        field("title", \.title, in: &v)
        field("url", \.url, in: &v)
    }
}

/// A link in the dashboard's header: to a URL, or to dashboards with given tags.
public struct DashboardLink: Sendable, JSONModel {
    /// The link text.
    public var title: String?
    /// `link` (to `url`) or `dashboards` (to dashboards with `tags`).
    public var type: String?
    /// Where a `link` goes.
    public var url: String?
    /// The dashboards' tags, for `dashboards` links.
    public var tags: [String]?
    /// Whether `dashboards` links show as one dropdown.
    public var asDropdown: Bool?
    /// The icon (`external link`, `dashboard`...).
    public var icon: String?
    /// Whether the current variables are passed on.
    public var includeVars: Bool?
    /// Whether the current time range is passed on.
    public var keepTime: Bool?
    /// Whether it opens in a new tab.
    public var targetBlank: Bool?
    /// Hover text.
    public var tooltip: String?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A link to a URL.
    public init(title: String, url: String) {
        self.title = title
        self.url = url
        type = "link"
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a dashboard link object"
    public static var unread: DashboardLink { DashboardLink(title: "", url: "") }

    public func fields(_ v: inout some FieldVisitor<DashboardLink>) {
        field("asDropdown", \.asDropdown, in: &v)
        field("icon", \.icon, in: &v)
        field("includeVars", \.includeVars, in: &v)
        field("keepTime", \.keepTime, in: &v)
        field("tags", \.tags, in: &v)
        field("targetBlank", \.targetBlank, in: &v)
        field("title", \.title, in: &v)
        field("tooltip", \.tooltip, in: &v)
        field("type", \.type, in: &v)
        field("url", \.url, in: &v)
    }
}
