import Graft

/// The Higress access-log dashboard, in the console's LOG slot: the gateway's access log in Loki, and
/// out of the `ai_log` the ai-statistics plugin writes into it, requests and tokens per consumer and
/// model, LLM durations, and the questions and answers where the plugin logs them. Every `ai_log` field
/// it reads is one the catalog's ai-statistics configuration writes (`graft lint` checks).
public let higressLogDashboard = Dashboard("Higress Access Logs", uid: "higress-logs") {
    Row("Requests") {
        Timeseries("Requests by response code") {
            Loki("sum by (response_code) (rate(\(accessLog) [$__interval]))").legend("{{response_code}}")
        }.unit(.requestsPerSecond).tooltip(.multi).size(width: 12)
        Timeseries("AI requests by model") {
            Loki("sum by (model) (rate(\(aiLog(["model"])) [$__interval]))").legend("{{model}}")
        }.unit(.requestsPerSecond).tooltip(.multi).size(width: 12)
    }

    Row("Tokens") {
        Table("Requests and tokens by consumer and model") {
            Loki("sum by (consumer, model) (count_over_time(\(aiLog(["consumer", "model"])) [$__range]))").instant()
            for direction in ["input", "output"] {
                let field = direction + "_token"
                Loki("sum by (consumer, model) (sum_over_time(\(aiLog(["consumer", "model", field])) | unwrap \(field) [$__range]))").instant()
            }
        }
        .transformations {
            Merge()
            Organize(exclude: ["Time"], order: ["consumer", "model", "Value #A", "Value #B", "Value #C"],
                     rename: ["consumer": "Consumer", "model": "Model", "Value #A": "Requests", "Value #B": "Input tokens", "Value #C": "Output tokens"])
        }
        .sortBy([("Output tokens", true)])
        .unit(.short).size(width: 24)
        Timeseries("Tokens per second by model") {
            for direction in ["input", "output"] {
                let field = direction + "_token"
                Loki("sum by (model) (rate(\(aiLog(["model", field])) | unwrap \(field) [$__interval]))").legend("{{model}} \(direction)")
            }
        }.unit(tokensPerSecond).tooltip(.multi)
        Timeseries("Tokens per second by consumer") {
            Loki("sum by (consumer) (rate(\(aiLog(["consumer", "total_token"])) | unwrap total_token [$__interval]))").legend("{{consumer}}")
        }.unit(tokensPerSecond).tooltip(.multi)
        Timeseries("LLM request duration by model") {
            Loki("avg by (model) (avg_over_time(\(aiLog(["model", "llm_service_duration"])) | unwrap llm_service_duration [$__interval]))")
                .legend("{{model}}")
        }.unit(.milliseconds).tooltip(.multi)
        Timeseries("First token by model") {
            Loki("avg by (model) (avg_over_time(\(aiLog(["model", "llm_first_token_duration"])) | unwrap llm_first_token_duration [$__interval]))")
                .legend("{{model}}")
        }.unit(.milliseconds).tooltip(.multi)
    }

    Row("Logs") {
        Logs("Questions and answers") {
            Loki(aiLog(["consumer", "model", "question", "answer"]) + #" | line_format "{{.consumer}} · {{.model}} · {{.question}} → {{.answer}}""#)
        }.showTime().wrapLines().size(width: 24, height: 12)
        Logs("Access log") {
            Loki(accessLog)
        }.showTime().size(width: 24, height: 12)
    }
}
.description("Higress gateway access log (Loki) and the ai-statistics plugin's ai_log")
.tags("higress")
.datasource(.loki())
.time(from: "now-6h")
.fileName("higress-logs")
.folder(higressFolder)

/// The gateway's access log as the Promtail of Higress's chart ships it (`helm/core/templates/promtail.yaml`):
/// read from `/var/log/proxy/access.log`, each JSON line's `authority`, `method`, `path`, `response_code`,
/// `route_name`... made labels, and no Kubernetes labels; every line has an authority, so the stream
/// selector is the one the console's own LOG dashboard uses.
private let accessLog = #"{authority=~".+"}"#

/// The access log's lines with an `ai_log`, that document made the line, and `fields` of it taken as labels.
private func aiLog(_ fields: [String]) -> String {
    let extracted = fields.map { #"\#($0)="\#($0)""# }.joined(separator: ", ")
    return accessLog + #" | json ai_log="ai_log" | ai_log != "" | ai_log != "-" | line_format "{{.ai_log}}" | json \#(extracted) | __error__="""#
}
