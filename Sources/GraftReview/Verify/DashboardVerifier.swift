import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// `graft verify`: runs every query of every dashboard against a live Prometheus, as Grafana would
/// when the dashboard opens on the last `range`: variables resolved through the Prometheus API
/// (`VariableResolver`), built-in variables and steps computed per query (`QueryTiming`), instant
/// queries for targets marked `instant`, range queries otherwise. Each series must also carry every
/// label its panel shows (`LabelGap`): a panel with empty columns fails as one without data does.
public struct DashboardVerifier: Sendable {
    /// The Prometheus asked.
    public var client: PrometheusClient
    /// How far back the dashboard looks, in milliseconds (`--range`).
    public var rangeMilliseconds: Int
    /// The datasource's scrape interval (Grafana's default 15 s), which `$__rate_interval` and the minimum step use.
    public var scrapeIntervalMilliseconds: Int
    /// Values given for variables (`--var name=value`), which win over what Prometheus offers.
    public var variables: [String: String]

    /// A verifier asking `client` about the last `rangeMilliseconds`.
    public init(client: PrometheusClient, rangeMilliseconds: Int = 3_600_000, scrapeIntervalMilliseconds: Int = 15_000,
                variables: [String: String] = [:]) {
        self.client = client
        self.rangeMilliseconds = rangeMilliseconds
        self.scrapeIntervalMilliseconds = scrapeIntervalMilliseconds
        self.variables = variables
    }

    /// Runs every Prometheus query of `dashboards` now. Throws only when Prometheus cannot be reached.
    public func verify(_ dashboards: [DashboardModel], now: Date = Date()) async throws(PrometheusError) -> VerifyReport {
        let start = now.addingTimeInterval(-Double(rangeMilliseconds) / 1000)
        let resolver = VariableResolver(client: client, start: start, end: now, overrides: variables)
        var report = VerifyReport()
        for dashboard in dashboards {
            let title = dashboard.title ?? ""
            let dashboardTiming = QueryTiming(target: Target(), panel: PanelModel(type: "row"), rangeMilliseconds: rangeMilliseconds,
                                              scrapeIntervalMilliseconds: scrapeIntervalMilliseconds)
            let resolved = try await resolver.resolve(dashboard, builtIns: dashboardTiming.builtInValues)
            report.variables += resolved.map { VerifyReport.Variable(dashboard: title, resolved: $0) }
            let values = Dictionary(resolved.compactMap { variable in variable.value.map { (variable.name, $0) } }, uniquingKeysWith: { $1 })
            for panel in dashboard.allPanels {
                // Grafana does not run hidden queries.
                for target in panel.targets ?? [] where target.hide != true {
                    guard let expr = target.expr, !expr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                          (target.datasource?.type ?? panel.datasource?.type ?? "prometheus") == "prometheus" else { continue }
                    let timing = QueryTiming(target: target, panel: panel, rangeMilliseconds: rangeMilliseconds,
                                             scrapeIntervalMilliseconds: scrapeIntervalMilliseconds)
                    let query = Interpolation.apply(values.merging(timing.builtInValues) { $1 }, to: expr)
                    var line = VerifyReport.Query(dashboard: title, panel: panel.title ?? "", panelID: panel.id, refId: target.refId ?? "?",
                                                  instant: target.instant == true, expression: query,
                                                  stepMilliseconds: timing.intervalMilliseconds, seriesCount: 0, allNaN: false, error: nil,
                                                  labelGaps: [])
                    do {
                        let result = line.instant
                            ? try await client.instant(query, at: now)
                            : try await client.range(query, start: start, end: now, stepMilliseconds: timing.intervalMilliseconds)
                        line.seriesCount = result.samples.count
                        line.allNaN = result.allNaN
                        line.labelGaps = LabelGap.find(in: result.samples, expression: query, target: target, panel: panel)
                    } catch let error where !error.unreachable {
                        line.error = error.description
                    }
                    report.queries.append(line)
                }
            }
        }
        return report
    }
}

/// What `graft verify` found: each variable's value and each query's series count.
public struct VerifyReport: Sendable, Hashable {
    /// A resolved variable of a dashboard.
    public struct Variable: Sendable, Hashable {
        /// The dashboard's title.
        public var dashboard: String
        /// The variable.
        public var resolved: ResolvedVariable
        /// Whether it left the queries without a value.
        public var failed: Bool { resolved.error != nil }
    }

    /// One query's outcome.
    public struct Query: Sendable, Hashable {
        /// The dashboard's title.
        public var dashboard: String
        /// The panel's title.
        public var panel: String
        /// The panel's id.
        public var panelID: Int?
        /// The query's letter.
        public var refId: String
        /// Whether it ran as an instant query (else a range query).
        public var instant: Bool
        /// The query as sent, variables replaced.
        public var expression: String
        /// The range query's step.
        public var stepMilliseconds: Int
        /// How many series it returned.
        public var seriesCount: Int
        /// Whether every value was NaN.
        public var allNaN: Bool
        /// Prometheus's error, when it refused the query.
        public var error: String?
        /// The labels the panel shows that some series lack.
        public var labelGaps: [LabelGap]

        /// Whether the panel would show nothing, or empty columns and legends: an error, no series, only NaN, or a label gap.
        public var failed: Bool { error != nil || seriesCount == 0 || allNaN || !labelGaps.isEmpty }
    }

    /// The variables, dashboard by dashboard.
    public var variables: [Variable] = []
    /// The queries, dashboard by dashboard, in panel order.
    public var queries: [Query] = []

    /// The queries that would show nothing.
    public var failures: [Query] { queries.filter(\.failed) }
    /// The variables that resolved to nothing.
    public var failedVariables: [Variable] { variables.filter(\.failed) }

    /// One line per variable and per query, then a summary.
    public func text() -> String {
        var lines: [String] = []
        for variable in variables {
            let resolved = variable.resolved
            let status = variable.failed ? "EMPTY" : "VAR"
            let detail = resolved.error.map { "error: \($0)" }
                ?? "\(resolved.value.map { "\"\($0)\"" } ?? "no value") (\(resolved.options.count) option\(resolved.options.count == 1 ? "" : "s") from \(resolved.source))"
            lines.append("\(status.padding(toLength: 6, withPad: " ", startingAt: 0)) \(variable.dashboard) › $\(resolved.name) = \(detail)")
        }
        for query in queries {
            let status = query.error != nil ? "ERROR" : (query.seriesCount == 0 ? "EMPTY" : (query.allNaN ? "NAN" : (query.labelGaps.isEmpty ? "OK" : "LABELS")))
            let kind = query.instant ? "instant" : "range, step \(PrometheusDuration.text(query.stepMilliseconds))"
            let place = "\(query.dashboard) › panel \(query.panelID.map(String.init) ?? "?") \"\(query.panel)\" › \(query.refId) (\(kind))"
            let gaps = query.labelGaps.isEmpty ? "" : "; " + query.labelGaps.map(\.description).joined(separator: "; ")
            let outcome = query.error.map { "error: \($0)" } ?? "\(query.seriesCount) series\(query.allNaN ? ", all NaN" : "")\(gaps)"
            lines.append("\(status.padding(toLength: 6, withPad: " ", startingAt: 0)) \(place): \(outcome)")
            if query.failed { lines.append("       " + query.expression.replacingOccurrences(of: "\n", with: " ")) }
        }
        let gapped = queries.filter { !$0.labelGaps.isEmpty }.count
        lines.append("\(queries.count - failures.count) of \(queries.count) queries returned data with every label they show; \(gapped) with empty labels; \(failedVariables.count) variable\(failedVariables.count == 1 ? "" : "s") without a value")
        return lines.joined(separator: "\n") + "\n"
    }
}
