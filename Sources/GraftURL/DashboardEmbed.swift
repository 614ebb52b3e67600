/// What an embed URL shows: which dashboard, with which variables, in which look.
public struct DashboardEmbed: Sendable, Hashable {
    /// The dashboard uid.
    public var uid: String
    /// The slug after the uid; Grafana ignores it, but it makes the URL readable.
    public var slug: String?
    /// The organization id, sent as `orgId`.
    public var orgID: Int?
    /// Variable values in order, sent as `var-NAME=VALUE`, one pair per value.
    public var variables: [DashboardVariable]
    /// The forced theme, sent as `theme`.
    public var theme: DashboardTheme?
    /// Whether to hide Grafana's navigation, sent as the bare flag `kiosk`.
    public var kiosk: Bool
    /// Whether to hide the time and refresh pickers, sent as `_dash.hideTimePicker=true`.
    public var hidesTimePicker: Bool
    /// Whether to hide the variable and annotation controls, sent as `_dash.hideVariables=true`.
    public var hidesVariables: Bool

    /// Describes an embed of the dashboard `uid`; everything else is optional.
    public init(uid: String, slug: String? = nil, orgID: Int? = nil, variables: [DashboardVariable] = [],
                theme: DashboardTheme? = nil, kiosk: Bool = false, hidesTimePicker: Bool = false,
                hidesVariables: Bool = false) {
        self.uid = uid
        self.slug = slug
        self.orgID = orgID
        self.variables = variables
        self.theme = theme
        self.kiosk = kiosk
        self.hidesTimePicker = hidesTimePicker
        self.hidesVariables = hidesVariables
    }
}
