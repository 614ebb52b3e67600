extension GrafanaBaseURL {
    /// The URL that shows `embed` on this Grafana, without a time range, its parts percent-encoded (RFC 3986
    /// unreserved characters kept, space as `%20`), parameters in the order `orgId`, `var-*`, `theme`, `kiosk`,
    /// `_dash.hideTimePicker`, `_dash.hideVariables`.
    public func embedURL(for embed: DashboardEmbed) throws(DashboardURLError) -> DashboardURL {
        try DashboardUID.validate(embed.uid.utf8, inPath: "/d/")
        var text = description + "/d/" + embed.uid
        if let slug = embed.slug, !slug.isEmpty { text += "/" + percentEncoded(slug) }

        var parameters: [String] = []
        if let orgID = embed.orgID {
            guard orgID > 0 else { throw .invalidOrgID(orgID) }
            parameters.append("orgId=\(orgID)")
        }
        for variable in embed.variables {
            guard !variable.name.isEmpty else { throw .emptyVariableName(values: variable.values) }
            let name = "var-" + percentEncoded(variable.name)
            parameters += variable.values.map { name + "=" + percentEncoded($0) }
        }
        if let theme = embed.theme { parameters.append("theme=" + theme.rawValue) }
        if embed.kiosk { parameters.append("kiosk") }
        if embed.hidesTimePicker { parameters.append("_dash.hideTimePicker=true") }
        if embed.hidesVariables { parameters.append("_dash.hideVariables=true") }
        if !parameters.isEmpty { text += "?" + parameters.joined(separator: "&") }
        return try DashboardURL(parsing: text)
    }
}
