import GraftHigress
import Graft

/// The ai-statistics configuration of the deployment note (its last section, pasted into the console's
/// YAML view of an AI route's policy) as the catalog's, with one change: the note also logs the
/// `Authorization` request header as `bearer_token`, which writes every caller's API key into the
/// access log, and from there into Loki; `graft lint` warns about such an attribute, and the catalog
/// leaves it out.
public let higressAIStatisticsConfig = AIStatisticsConfig(attributes: [
    // Model and token usage from the response body (the note's provider reports them under `usage.models`).
    AIStatisticsAttribute("model", from: .responseBody, "usage.models.0.model_id", log: true, span: false),
    .logged("input_token", from: .responseBody, "usage.models.0.input_tokens"),
    .logged("output_token", from: .responseBody, "usage.models.0.output_tokens"),
    // The question: the last message of the request.
    .logged("question", from: .requestBody, "messages.@reverse.0.content"),
    // The answer: streamed chunk by chunk (appended), or whole.
    .logged("answer", from: .responseStreamingBody, "choices.0.delta.content", rule: .append),
    .logged("answer", from: .responseBody, "choices.0.message.content"),
    // Who called, from where.
    .logged("consumer", from: .requestHeader, "x-mse-consumer"),
    .logged("client_ip", from: .requestHeader, "x-client-ip"),
    // Timings the gateway and the upstream report in response headers.
    .logged("upstream_service_time_ms", from: .responseHeader, "x-envoy-upstream-service-time"),
    .logged("request_arrive_timestamp", from: .responseHeader, "req-arrive-time"),
    .logged("response_start_timestamp", from: .responseHeader, "resp-start-time"),
])

/// The ai-statistics plugin with the catalog's configuration: the console's `WasmPlugin` under
/// `manifests/higress/`, and on every AI route at `graft push --higress-console`.
public let higressAIStatistics = AIStatisticsPlugin(higressAIStatisticsConfig, console: .everyAIRoute)
