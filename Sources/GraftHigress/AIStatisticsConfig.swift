import GraftCatalog
import GraftJSON

/// The configuration of Higress's ai-statistics plugin, which counts an AI route's tokens and LLM
/// latencies (the `route_upstream_model_consumer_metric_*` counters) and writes `ai_log` into the
/// gateway's access log. Its keys are the plugin's own (`main.go`, `parseConfig`); what is `nil` is
/// not written, so the plugin's defaults apply.
public struct AIStatisticsConfig: JSONModel, Sendable {
    /// Values to log or trace besides the built-in ones.
    public var attributes: [AIStatisticsAttribute]?
    /// Whether the OpenAI-style `usage` is ignored: no model and token fields, no token metrics.
    public var disableOpenAIUsage: Bool?
    /// The response content types the plugin looks at (`*` for all).
    public var enableContentTypes: [String]?
    /// The request path suffixes the plugin acts on (all paths when empty).
    public var enablePathSuffixes: [String]?
    /// The request header holding a session id, logged as `session_id`.
    public var sessionIDHeader: String?
    /// Whether the plugin's default request and response attributes are logged.
    public var useDefaultAttributes: Bool?
    /// Whether the plugin's default response attributes are logged (what the console turns on for a new AI route).
    public var useDefaultResponseAttributes: Bool?
    /// The longest value the plugin logs, in bytes.
    public var valueLengthLimit: Int?
    public var unmodeled = JSONObject()

    /// A configuration with `attributes` and, optionally, the top-level options.
    public init(attributes: [AIStatisticsAttribute]? = nil, disableOpenAIUsage: Bool? = nil, enableContentTypes: [String]? = nil,
                enablePathSuffixes: [String]? = nil, sessionIDHeader: String? = nil, useDefaultAttributes: Bool? = nil,
                useDefaultResponseAttributes: Bool? = nil, valueLengthLimit: Int? = nil) {
        self.attributes = attributes
        self.disableOpenAIUsage = disableOpenAIUsage
        self.enableContentTypes = enableContentTypes
        self.enablePathSuffixes = enablePathSuffixes
        self.sessionIDHeader = sessionIDHeader
        self.useDefaultAttributes = useDefaultAttributes
        self.useDefaultResponseAttributes = useDefaultResponseAttributes
        self.valueLengthLimit = valueLengthLimit
    }

    /// The fields the plugin writes into `ai_log` whatever its attributes (`main.go`'s user attributes):
    /// the model and token counts from the response's usage (unless `disable_openai_usage`), its durations,
    /// the response type, chat id and round, the session id and the API.
    static let builtInLogFields: [(name: String, fromUsage: Bool)] = [
        ("model", true), ("input_token", true), ("output_token", true), ("total_token", true), ("llm_first_token_duration", false),
        ("llm_service_duration", false), ("response_type", false), ("chat_id", false), ("chat_round", false), ("session_id", false),
        ("api", false),
    ]

    /// The document `ai_log` holds in the access log, and where it is written.
    public static let logDocument = "ai_log"

    /// Every field this configuration writes into `ai_log`: the built-in ones, then each attribute logged there.
    public var logFields: [LogField] {
        let builtIn = Self.builtInLogFields.filter { !$0.fromUsage || disableOpenAIUsage != true }
            .map { LogField(name: $0.name, source: .computed, writer: "ai-statistics (built in)") }
        let configured = (attributes ?? []).enumerated().filter { $0.element.isInAILog }.map { index, attribute in
            LogField(name: attribute.key, source: attribute.logSource, writer: "ai-statistics attribute \(index) (\(attribute.key))")
        }
        var seen = Set<String>()
        return (configured + builtIn).filter { seen.insert($0.name).inserted }
    }

    public static let jsonDescription = "an ai-statistics configuration"
    public static var unread: AIStatisticsConfig { AIStatisticsConfig() }

    public func fields(_ v: inout some FieldVisitor<AIStatisticsConfig>) {
        field("attributes", \.attributes, .strict, in: &v)
        field("disable_openai_usage", \.disableOpenAIUsage, .strict, in: &v)
        field("enable_content_types", \.enableContentTypes, .strict, in: &v)
        field("enable_path_suffixes", \.enablePathSuffixes, .strict, in: &v)
        field("session_id_header", \.sessionIDHeader, .strict, in: &v)
        field("use_default_attributes", \.useDefaultAttributes, .strict, in: &v)
        field("use_default_response_attributes", \.useDefaultResponseAttributes, .strict, in: &v)
        field("value_length_limit", \.valueLengthLimit, .strict, in: &v)
    }
}
