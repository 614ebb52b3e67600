import GraftCatalog
import GraftJSON

/// One attribute of the ai-statistics plugin: a value taken from a request or response (or fixed),
/// written into the access log's `ai_log`, a trace span, or both. Its keys are the plugin's own
/// (`plugins/wasm-go/extensions/ai-statistics/main.go`, `Attribute`).
public struct AIStatisticsAttribute: JSONModel, Sendable {
    /// The field's name in the log or span (`model`, `consumer`).
    public var key: String
    /// Where the value comes from.
    public var valueSource: ValueSource
    /// A header name, a gjson path into a body (`choices.0.message.content`), or the fixed value.
    public var value: String
    /// What to write when the source has no value.
    public var defaultValue: String?
    /// How a streamed body's chunks make one value (streamed bodies need one; `append` joins them).
    public var rule: ExtractionRule?
    /// Whether the value goes into the access log's `ai_log`.
    public var applyToLog: Bool?
    /// Whether the value goes into the request's trace span.
    public var applyToSpan: Bool?
    /// The span attribute's name, when it is not `key`.
    public var traceSpanKey: String?
    /// Whether the value is its own access-log field (filter state `wasm.<key>`, which the log format must
    /// name) instead of a member of `ai_log`.
    public var asSeparateLogField: Bool?
    public var unmodeled = JSONObject()

    /// Where an attribute's value comes from (`value_source`).
    public enum ValueSource: String, ConfigEnum, Sendable {
        /// `value` itself.
        case fixedValue = "fixed_value"
        /// The request header named `value`.
        case requestHeader = "request_header"
        /// The gjson path `value` into the request body.
        case requestBody = "request_body"
        /// The response header named `value`.
        case responseHeader = "response_header"
        /// The gjson path `value` into a whole response body.
        case responseBody = "response_body"
        /// The gjson path `value` into each chunk of a streamed (SSE) response body.
        case responseStreamingBody = "response_streaming_body"
    }

    /// How the values of a streamed body's chunks make one (`rule`).
    public enum ExtractionRule: String, ConfigEnum, Sendable {
        /// The first chunk's value.
        case first
        /// The last chunk's value.
        case replace
        /// Every chunk's value, joined (an answer streamed token by token).
        case append
    }

    /// An attribute from its parts; what is `nil` is not written (the plugin's defaults apply).
    public init(_ key: String, from source: ValueSource, _ value: String, rule: ExtractionRule? = nil, defaultValue: String? = nil,
                log: Bool? = nil, span: Bool? = nil, traceSpanKey: String? = nil, separateLogField: Bool? = nil) {
        self.key = key
        valueSource = source
        self.value = value
        self.rule = rule
        self.defaultValue = defaultValue
        applyToLog = log
        applyToSpan = span
        self.traceSpanKey = traceSpanKey
        asSeparateLogField = separateLogField
    }

    /// An attribute written into the access log's `ai_log`.
    public static func logged(_ key: String, from source: ValueSource, _ value: String, rule: ExtractionRule? = nil) -> AIStatisticsAttribute {
        AIStatisticsAttribute(key, from: source, value, rule: rule, log: true)
    }

    /// Whether the value ends up in `ai_log`.
    public var isInAILog: Bool { applyToLog == true && asSeparateLogField != true }

    /// Where the log field's value comes from, as `graft lint` judges it.
    public var logSource: LogFieldSource {
        switch valueSource {
        case .fixedValue: return .fixed(value)
        case .requestHeader: return .requestHeader(value)
        case .requestBody: return .requestBody(value)
        case .responseHeader: return .responseHeader(value)
        case .responseBody, .responseStreamingBody: return .responseBody(value)
        }
    }

    public static let jsonDescription = "an ai-statistics attribute"
    public static var unread: AIStatisticsAttribute { AIStatisticsAttribute("", from: .fixedValue, "") }

    public func fields(_ v: inout some FieldVisitor<AIStatisticsAttribute>) {
        field("apply_to_log", \.applyToLog, .strict, in: &v)
        field("apply_to_span", \.applyToSpan, .strict, in: &v)
        field("as_separate_log_field", \.asSeparateLogField, .strict, in: &v)
        field("default_value", \.defaultValue, .strict, in: &v)
        required("key", \.key, .fails("the attribute's name"), in: &v)
        field("rule", \.rule, .strict, in: &v)
        field("trace_span_key", \.traceSpanKey, .strict, in: &v)
        required("value", \.value, .fails("a header name, a body path or the fixed value"), in: &v)
        required("value_source", \.valueSource, .fails("where the value comes from"), in: &v)
    }
}
