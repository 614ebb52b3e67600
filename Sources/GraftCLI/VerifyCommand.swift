import ArgumentParser
import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring
import GraftReview

/// `graft verify`: every query of every dashboard against a live Prometheus.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Run every dashboard query (the catalog's, and those of dashboard files) against a live Prometheus and check what its panel shows.",
        discussion: """
        Variables are resolved through the Prometheus API as Grafana resolves
        them (label_values, label_names, metrics, query_result; the variable's
        regex and sort; the first value unless --var gives one).

        Each query looks at the last --range, with Grafana's built-ins:
          $__interval       max(round(range / maxDataPoints) or the minimum
                            interval, round(range / 11000)) x intervalFactor;
                            maxDataPoints: the panel's, or 80 px a column;
                            minimum: the query's or panel's interval, else
                            --scrape-interval
          $__rate_interval  max($__interval + scrape interval,
                            4 x scrape interval)
          $__range          the range in seconds ("3600s"); likewise
                            $__range_s, $__range_ms, $__interval_ms
        Targets marked instant run as instant queries at now; the others as
        range queries over the range, step $__interval.

        Every series must carry, non-empty, each label its panel shows: the
        {{label}}s of the legend, the labels a by (...), label_replace or
        label_join puts there, and in a table every column some row fills.

        Prints one line per query with its series count and any such empty
        label. Exit status 1 when a query returns nothing (or only NaN) or
        leaves a label empty, a variable has no value, or Prometheus cannot
        be reached.

        Examples:
          graft verify --prometheus http://127.0.0.1:9090
          graft verify --prometheus http://127.0.0.1:9090 Higress-AI-CN.json
          graft verify --prometheus http://prom:9090 --range 6h \\
            --var gateway=higress-system-higress-gateway
          PROMETHEUS_TOKEN=... graft verify --prometheus https://prom.example.com \\
            --prometheus-ca-cert ca.pem --prometheus-timeout 10
        """)

    @Argument(help: "Dashboard JSON files (as Grafana exports or saves them) to verify besides the catalog's.")
    var files: [String] = []

    @OptionGroup(title: "Prometheus")
    var prometheus: PrometheusOptions

    @Option(name: .long, help: ArgumentHelp("How far back the dashboards look (a Prometheus duration: 15m, 1h, 1d; \(PrometheusDurationArgument.rangeHelp)).", valueName: "duration"))
    var range = PrometheusDurationArgument(argument: "1h")!

    @Option(name: .long, help: ArgumentHelp("The scrape interval set on Grafana's Prometheus datasource (\(PrometheusDurationArgument.rangeHelp)).", valueName: "duration"))
    var scrapeInterval = PrometheusDurationArgument(argument: "15s")!

    @Option(name: .customLong("var"), help: "A variable's value, as name=value (repeatable).")
    var variables: [String] = []

    func run() async throws {
        var values: [String: String] = [:]
        for assignment in variables {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw CLIError("--var \(assignment): expected name=value")
            }
            values[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        var dashboards = try CatalogContext.require().renderDashboards().map(\.model)
        do {
            dashboards += try files.map { try DashboardInput.model($0, command: "graft verify") }
        } catch let error as DashboardFileError {
            throw CLIError(error.description)
        }
        let verifier = DashboardVerifier(client: try prometheus.client(), rangeMilliseconds: range.milliseconds,
                                         scrapeIntervalMilliseconds: scrapeInterval.milliseconds, variables: values)
        let report: VerifyReport
        do {
            report = try await verifier.verify(dashboards)
        } catch {
            throw CLIError(error.description)
        }
        print(report.text(), terminator: "")
        if !report.failures.isEmpty || !report.failedVariables.isEmpty { throw ExitCode.failure }
    }
}
