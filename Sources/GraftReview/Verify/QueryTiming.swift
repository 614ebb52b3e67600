import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// The time range, step and Grafana's built-in variables of one query, computed as Grafana's
/// Prometheus datasource does for a dashboard showing the last `range`:
///
/// - `maxDataPoints` = the panel's `maxDataPoints`, or its width in pixels (80 px a grid column);
/// - `minInterval` = the query's `interval`, else the panel's, else the datasource's scrape interval;
/// - `interval` = max(round(range / maxDataPoints) — or `minInterval` when that is less —,
///   round(range / 11000)) × the query's `intervalFactor`, where round is Grafana's tidy rounding (`roundInterval`);
/// - `$__interval` = `interval` (Grafana's format: `15s`, `1m`), `$__interval_ms` its milliseconds;
/// - `$__rate_interval` = max(`interval` + scrape interval, 4 × scrape interval), as a Prometheus duration;
/// - `$__range` = the range in whole seconds with `s`, `$__range_s`, `$__range_ms`;
/// - a range query runs from now − range to now with step `interval`; an instant query at now.
public struct QueryTiming: Sendable, Hashable {
    /// The step of a range query, in milliseconds.
    public var intervalMilliseconds: Int
    /// `$__rate_interval`, in milliseconds.
    public var rateIntervalMilliseconds: Int
    /// The range, in milliseconds.
    public var rangeMilliseconds: Int

    /// Grafana's resolution limit: no query asks for more points than this.
    static let safeResolution = 11_000
    /// Pixels per grid column, for panels without `maxDataPoints`.
    static let pixelsPerColumn = 80

    /// The timing of `target` in `panel` over the last `rangeMilliseconds`, for a datasource scraped every `scrapeIntervalMilliseconds`.
    public init(target: Target, panel: PanelModel, rangeMilliseconds: Int, scrapeIntervalMilliseconds: Int) {
        self.rangeMilliseconds = rangeMilliseconds
        let maxDataPoints = max(1, panel.maxDataPoints ?? (panel.gridPos?.w ?? GridPos.columns) * QueryTiming.pixelsPerColumn)
        let minInterval = [target.interval, panel.interval].lazy.compactMap { $0 }.compactMap(PrometheusDuration.milliseconds).first
            ?? scrapeIntervalMilliseconds
        let perPoint = rangeMilliseconds / maxDataPoints
        let calculated = perPoint < minInterval ? minInterval : PrometheusDuration.roundedInterval(perPoint)
        let safe = PrometheusDuration.roundedInterval(max(1, rangeMilliseconds / QueryTiming.safeResolution))
        intervalMilliseconds = max(calculated, safe) * max(1, target.intervalFactor ?? 1)
        rateIntervalMilliseconds = max(intervalMilliseconds + scrapeIntervalMilliseconds, 4 * scrapeIntervalMilliseconds)
    }

    /// Grafana's built-in variables for this query, by name.
    public var builtInValues: [String: String] {
        let seconds = (rangeMilliseconds + 500) / 1000
        return [
            "__interval": PrometheusDuration.grafanaInterval(intervalMilliseconds), "__interval_ms": String(intervalMilliseconds),
            "__rate_interval": PrometheusDuration.text(rateIntervalMilliseconds), "__rate_interval_ms": String(rateIntervalMilliseconds),
            "__range": "\(seconds)s", "__range_s": String(seconds), "__range_ms": String(rangeMilliseconds),
        ]
    }
}
