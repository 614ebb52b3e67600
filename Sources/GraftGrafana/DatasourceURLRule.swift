import GraftHTTP
import GraftURL

/// The rule for the URL a datasource is found by or created with (`--prometheus-url`,
/// `--loki-url`, a context's `prometheus-url`): no user-info, because Grafana keeps a datasource's
/// `url` in its plain settings, readable by every viewer, and the contexts file holds no secret.
public enum DatasourceURLRule {
    /// `url`, or a `ConfigurationError` naming `source` (the flag or file key) when it holds user-info.
    @discardableResult
    public static func checked(_ url: String, source: String) throws -> String {
        guard !MessageText.holdsUserInfo(url) else {
            throw ConfigurationError("\(source) \(MessageText.quotedURL(url)) holds credentials before its host: give the URL without them "
                + "(Grafana stores a datasource's URL in plain text; set its credentials in Grafana).")
        }
        return url
    }
}
