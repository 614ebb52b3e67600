/// A dashboard setting of the Higress console: which of its monitoring pages shows a dashboard.
/// Catalog dashboards declare the slot they fill; `graft console set-url` writes their URL there.
public enum ConsoleSlot: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The gateway's main monitoring page (ConfigMap key `dashboard.url`).
    case main = "MAIN"
    /// The AI gateway page (`dashboard.url.ai`).
    case ai = "AI"
    /// The access log page (`dashboard.url.log`).
    case log = "LOG"

    /// The slot named `text`, in any case (`ai`, `AI`), as the console reads its `type` parameter.
    public init?(name text: String) { self.init(rawValue: text.uppercased()) }

    public var description: String { rawValue }
}
