/// What a catalog knows about the access log its log dashboards read: the fields of the JSON documents
/// a log line carries inside one of its fields (Higress's `ai_log`), where each field's value comes from,
/// and who writes it. `graft lint` checks every field a LogQL query reads out of such a document against
/// this table, and warns about fields that copy a credential into the log.
public struct LogFields: Sendable, Hashable {
    /// The fields of each embedded document, by the name of the log field holding it (`ai_log`).
    public var documents: [String: [LogField]]

    /// A table of the fields of each embedded document.
    public init(documents: [String: [LogField]] = [:]) { self.documents = documents }

    /// Nothing is known: log queries go unchecked.
    public static let unknown = LogFields()

    /// Adds `fields` to the document `name`; a field already known by that name keeps its first writer.
    public mutating func add(_ fields: [LogField], to name: String) {
        var known = documents[name] ?? []
        for field in fields where !known.contains(where: { $0.name == field.name }) { known.append(field) }
        documents[name] = known
    }
}

/// One field a log line's document holds.
public struct LogField: Sendable, Hashable {
    /// The field's key in the document (`consumer`).
    public var name: String
    /// Where its value comes from.
    public var source: LogFieldSource
    /// Who writes it, as messages name it (`ai-statistics attribute 7`).
    public var writer: String

    /// A field from its parts.
    public init(name: String, source: LogFieldSource, writer: String) {
        self.name = name
        self.source = source
        self.writer = writer
    }
}

/// Where a log field's value comes from.
public enum LogFieldSource: Sendable, Hashable, CustomStringConvertible {
    /// A request header, by name.
    case requestHeader(String)
    /// A response header, by name.
    case responseHeader(String)
    /// A path into the request body.
    case requestBody(String)
    /// A path into the response body (streamed or not).
    case responseBody(String)
    /// A value fixed in the configuration.
    case fixed(String)
    /// Worked out by the writer itself (a token count, a duration).
    case computed

    /// The request headers that carry credentials (lowercased): HTTP authentication, cookies, and the
    /// API-key headers of common LLM and cloud APIs.
    static let credentialRequestHeaders: Set<String> = [
        "authorization", "proxy-authorization", "cookie", "x-api-key", "api-key", "x-auth-token", "x-goog-api-key",
        "x-amz-security-token", "ocp-apim-subscription-key",
    ]

    /// Whether the value is a credential: one of `credentialRequestHeaders`, or a `Set-Cookie` response header.
    public var carriesCredential: Bool {
        switch self {
        case .requestHeader(let name): return LogFieldSource.credentialRequestHeaders.contains(name.lowercased())
        case .responseHeader(let name): return name.lowercased() == "set-cookie"
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .requestHeader(let name): return "request header \(name)"
        case .responseHeader(let name): return "response header \(name)"
        case .requestBody(let path): return "request body \(path)"
        case .responseBody(let path): return "response body \(path)"
        case .fixed(let value): return "the fixed value \"\(value)\""
        case .computed: return "the writer's own measurement"
        }
    }
}
