import Foundation
import GraftHTTP
import GraftJSON

/// Why a Prometheus request failed: unreachable, or an error answer (a bad query), in Prometheus's words.
public struct PrometheusError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String
    /// Whether Prometheus could not be reached at all (rather than refusing one request).
    public var unreachable: Bool
}

/// The part of Prometheus's HTTP API (`/api/v1/...`) Grafana's Prometheus datasource uses, over
/// `HTTPService`: retries, TLS options, credentials and timeouts as for Grafana.
public struct PrometheusClient: Sendable {
    /// The base URL (`http://127.0.0.1:9090`), without credentials.
    public let baseURL: URL
    /// The service, or why the URL it was made with cannot be one (told at the first request).
    private let service: Swift.Result<HTTPService, PrometheusError>

    /// A client of the Prometheus at `baseURL`; each attempt may take `timeout` (sub-second kept).
    public init(baseURL: URL, timeout: Duration = .seconds(30)) {
        do {
            self.init(try PrometheusConnection(baseURL: baseURL, requestTimeout: timeout))
        } catch {
            self.init(baseURL: baseURL, service: .failure(PrometheusError(description: "\(error)", unreachable: true)))
        }
    }

    /// A client for `connection`.
    public init(_ connection: PrometheusConnection) {
        self.init(baseURL: connection.baseURL, service: .success(HTTPService(connection.endpoint)))
    }

    private init(baseURL: URL, service: Swift.Result<HTTPService, PrometheusError>) {
        self.baseURL = baseURL
        self.service = service
    }

    /// A query's result: its series (a scalar or string counts as one, without labels), and whether every value is NaN.
    public struct Result: Sendable, Hashable {
        /// Each series' labels and its last value.
        public var samples: [Sample]
        /// Whether every value returned is NaN (a panel would show NaN, not data).
        public var allNaN: Bool
    }

    /// One series of a result: its labels and its last value.
    public struct Sample: Sendable, Hashable {
        /// The labels, `__name__` included when the series keeps its name.
        public var labels: [String: String]
        /// The last value, as Prometheus writes it (`0.25`, `NaN`).
        public var value: String
    }

    /// `/api/v1/query` at `time`.
    public func instant(_ query: String, at time: Date) async throws(PrometheusError) -> Result {
        try Self.result(try await get("query", ["query": query, "time": Self.timestamp(time)]))
    }

    /// `/api/v1/query_range` from `start` to `end` every `stepMilliseconds`.
    public func range(_ query: String, start: Date, end: Date, stepMilliseconds: Int) async throws(PrometheusError) -> Result {
        try Self.result(try await get("query_range", ["query": query, "start": Self.timestamp(start), "end": Self.timestamp(end),
                                                      "step": String(format: "%.3f", Double(stepMilliseconds) / 1000)]))
    }

    /// `/api/v1/label/<label>/values`, of the series `match` selects (all when `nil`) between `start` and `end`.
    public func labelValues(_ label: String, match: String?, start: Date, end: Date) async throws(PrometheusError) -> [String] {
        var parameters = ["start": Self.timestamp(start), "end": Self.timestamp(end)]
        parameters["match[]"] = match
        let data = try await get("label/\(label)/values", parameters)
        return data.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// `/api/v1/labels`: the label names of the series `match` selects.
    public func labelNames(match: String?, start: Date, end: Date) async throws(PrometheusError) -> [String] {
        var parameters = ["start": Self.timestamp(start), "end": Self.timestamp(end)]
        parameters["match[]"] = match
        return try await get("labels", parameters).arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// GETs `/api/v1/<path>` and returns the answer's `data`. Prometheus's own refusals (a bad
    /// query: 400, 422) come in its JSON envelope; any other failure means it cannot be asked.
    private func get(_ path: String, _ parameters: [String: String]) async throws(PrometheusError) -> JSON {
        let service = try self.service.get()
        let request = HTTPRequest(method: "GET", path: ["api", "v1"] + path.split(separator: "/").map(String.init),
                                  query: parameters.keys.sorted().map { URLQueryItem(name: $0, value: parameters[$0]) },
                                  action: "reading /api/v1/\(path)")
        let response: HTTPResponse
        do {
            response = try await service.send(request, accepting: [400, 422])
        } catch {
            throw PrometheusError(description: "\(error)", unreachable: true)
        }
        guard let answer = try? JSONParser.parse(response.body) else {
            throw PrometheusError(description: "Prometheus at \(service.endpoint.location) did not answer JSON for /api/v1/\(path)", unreachable: true)
        }
        guard answer["status"]?.stringValue == "success", let data = answer["data"] else {
            throw PrometheusError(description: answer["error"]?.stringValue ?? "Prometheus answered without data", unreachable: false)
        }
        return data
    }

    private static func timestamp(_ date: Date) -> String { String(format: "%.3f", date.timeIntervalSince1970) }

    private static func result(_ data: JSON) throws(PrometheusError) -> Result {
        switch data["resultType"]?.stringValue {
        case "vector", "matrix":
            let entries = data["result"]?.arrayValue ?? []
            var values: [String] = []
            let samples = entries.map { entry -> Sample in
                let series = (entry["value"].map { [$0] } ?? entry["values"]?.arrayValue ?? []).compactMap { $0.arrayValue?.last?.stringValue }
                values += series
                let labels = entry["metric"]?.objectValue?.members ?? []
                return Sample(labels: Dictionary(labels.map { ($0.key, $0.value.stringValue ?? "") }, uniquingKeysWith: { first, _ in first }),
                              value: series.last ?? "")
            }
            return Result(samples: samples, allNaN: !values.isEmpty && values.allSatisfy { $0 == "NaN" })
        case "scalar", "string":
            let value = data["result"]?.arrayValue?.last?.stringValue ?? ""
            return Result(samples: [Sample(labels: [:], value: value)], allNaN: value == "NaN")
        default:
            throw PrometheusError(description: "unexpected result type \(data["resultType"]?.stringValue ?? "none")", unreachable: false)
        }
    }
}
