import GraftJSON
import GraftModel

extension PanelKind {
    /// Text: markdown, HTML or code, no queries.
    public static let text = PanelKind(
        id: "text", name: "Text", defaultSize: PanelSize(width: 24, height: 4),
        options: [
            "code": ["language": "plaintext", "showLineNumbers": false, "showMiniMap": false],
            "content": "# Title\n\nFor markdown syntax help: [commonmark.org/help](https://commonmark.org/help/)",
            "mode": "markdown",
        ],
        queries: false)
}

/// A text panel: markdown (or HTML, or code) and no queries.
public struct Text: PanelKindComponent {
    public static let kind = PanelKind.text
    public var spec: PanelSpec
    public init(spec: PanelSpec) { self.spec = spec }

    /// A text panel showing `content`, written in `mode`.
    public init(_ title: String, content: String, mode: TextMode = .markdown) {
        self.init(title)
        self = options(["content": .string(content), "mode": .string(mode.rawValue)])
    }
}

/// How a text panel reads its content.
public enum TextMode: String, OptionConstant {
    /// Markdown.
    case markdown
    /// HTML.
    case html
    /// Code, highlighted.
    case code
}
