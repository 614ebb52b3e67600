import Yams

/// The parts of Grafana's own configuration (`grafana.ini`) a catalog depends on, rendered as a
/// `grafana.ini` fragment and as the Grafana Helm chart's `grafana.ini` values: today the `[security]`
/// settings that let another site show the dashboards in an iframe. Settings left `nil` are not written.
public struct GrafanaServerSettings: Sendable, Hashable {
    /// `[security] allow_embedding`: whether Grafana lets other sites frame its pages (else it answers
    /// `X-Frame-Options: deny` and the frame stays blank).
    public var allowEmbedding: Bool?
    /// `[security] cookie_samesite`: the `SameSite` attribute of Grafana's session cookie; a page of another
    /// site that frames Grafana keeps the session only with `none`.
    public var cookieSameSite: CookieSameSite?
    /// `[security] cookie_secure`: whether the session cookie is sent over HTTPS only (browsers accept
    /// `SameSite=None` only on secure cookies).
    public var cookieSecure: Bool?

    /// Settings from their parts; none by default.
    public init(allowEmbedding: Bool? = nil, cookieSameSite: CookieSameSite? = nil, cookieSecure: Bool? = nil) {
        self.allowEmbedding = allowEmbedding
        self.cookieSameSite = cookieSameSite
        self.cookieSecure = cookieSecure
    }

    /// What Grafana needs so that a page on another site embeds its dashboards with the viewer signed in:
    /// embedding allowed, the session cookie `SameSite=None` and secure (Grafana then needs HTTPS).
    public static let embeddable = GrafanaServerSettings(allowEmbedding: true, cookieSameSite: CookieSameSite.none, cookieSecure: true)

    /// Whether nothing is set (no file is rendered then).
    public var isEmpty: Bool { settings.isEmpty }

    /// One setting: its section and key in `grafana.ini`, and its value.
    struct Setting {
        var section: String
        var key: String
        var value: Value
    }

    /// A setting's value, as grafana.ini and YAML write it.
    enum Value {
        case flag(Bool)
        case word(String)

        var text: String {
            switch self {
            case .flag(let value): return value ? "true" : "false"
            case .word(let word): return word
            }
        }

        var yamlNode: Node {
            switch self {
            case .flag(let value): return .flag(value)
            case .word(let word): return .text(word)
            }
        }
    }

    /// The settings that are given, each declared once here: both renderings read this list.
    var settings: [Setting] {
        var result: [Setting] = []
        func add(_ section: String, _ key: String, _ value: Value?) {
            if let value { result.append(Setting(section: section, key: key, value: value)) }
        }
        add("security", "allow_embedding", allowEmbedding.map(Value.flag))
        add("security", "cookie_samesite", cookieSameSite.map { .word($0.rawValue) })
        add("security", "cookie_secure", cookieSecure.map(Value.flag))
        return result
    }

    /// The sections, in the order their first setting is declared, each with its settings.
    private var sections: [(name: String, settings: [Setting])] {
        var order: [String] = []
        var bySection: [String: [Setting]] = [:]
        for setting in settings {
            if bySection[setting.section] == nil { order.append(setting.section) }
            bySection[setting.section, default: []].append(setting)
        }
        return order.map { ($0, bySection[$0]!) }
    }

    /// The settings as a `grafana.ini` fragment: `[section]` then `key = value` lines.
    public func iniFragment() -> [UInt8] {
        let text = sections.map { section in
            (["[\(section.name)]"] + section.settings.map { "\($0.key) = \($0.value.text)" }).joined(separator: "\n")
        }.joined(separator: "\n\n")
        return Array((text + "\n").utf8)
    }

    /// The settings as values of the Grafana Helm chart (`grafana.ini:` then a map per section); under
    /// kube-prometheus-stack they go below its `grafana:` key.
    public func helmValues() throws -> [UInt8] { try YAMLText.bytes(helmValuesNode) }

    var helmValuesNode: Node {
        let sectionNodes = sections.map { section in
            (Node.text(section.name), Node.map(section.settings.map { (Node.text($0.key), $0.value.yamlNode) }))
        }
        return .map([(.text("grafana.ini"), .map(sectionNodes))])
    }
}

/// The `SameSite` attribute Grafana gives its session cookie (`[security] cookie_samesite`).
public enum CookieSameSite: String, Sendable, Hashable, CaseIterable {
    /// Sent on top-level navigation from other sites, not in their frames (Grafana's default).
    case lax
    /// Sent only to Grafana's own site.
    case strict
    /// Sent everywhere, frames of other sites included; browsers require the cookie to be secure.
    case none
    /// No `SameSite` attribute.
    case disabled
}
