import GraftJSON
import GraftModel

extension PanelKind {
    /// Logs: log lines from Loki or another logs datasource.
    public static let logs = PanelKind(
        id: "logs", name: "Logs", defaultSize: .wide,
        options: [
            "dedupStrategy": "none", "enableLogDetails": true, "prettifyLogMessage": false, "showCommonLabels": false,
            "showLabels": false, "showTime": false, "sortOrder": "Descending", "wrapLogMessage": false,
        ])
}

/// A logs panel: log lines, newest first unless told otherwise.
public struct Logs: PanelKindComponent {
    public static let kind = PanelKind.logs
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// Shows each line's time.
    public consuming func showTime(_ show: Bool = true) -> Self { option("showTime", .bool(show)) }
    /// Wraps long lines.
    public consuming func wrapLines(_ wrap: Bool = true) -> Self { option("wrapLogMessage", .bool(wrap)) }
    /// Shows the lines oldest first.
    public consuming func oldestFirst() -> Self { option("sortOrder", "Ascending") }
}
