import GraftJSON

/// A link in a panel's header menu.
public struct PanelLink: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a panel link object")
        targetBlank = try reader.take("targetBlank")
        title = try reader.take("title")
        url = try reader.take("url")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("targetBlank", targetBlank)
        writer.member("title", title)
        writer.member("url", url)
        writer.endObject()
    }
}

/// A link in the dashboard's header: to a URL, or to dashboards with given tags.
public struct DashboardLink: Sendable, Hashable, JSONCodable {
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

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a dashboard link object")
        asDropdown = try reader.take("asDropdown")
        icon = try reader.take("icon")
        includeVars = try reader.take("includeVars")
        keepTime = try reader.take("keepTime")
        tags = try reader.take("tags")
        targetBlank = try reader.take("targetBlank")
        title = try reader.take("title")
        tooltip = try reader.take("tooltip")
        type = try reader.take("type")
        url = try reader.take("url")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("asDropdown", asDropdown)
        writer.member("icon", icon)
        writer.member("includeVars", includeVars)
        writer.member("keepTime", keepTime)
        writer.member("tags", tags)
        writer.member("targetBlank", targetBlank)
        writer.member("title", title)
        writer.member("tooltip", tooltip)
        writer.member("type", type)
        writer.member("url", url)
        writer.endObject()
    }
}
