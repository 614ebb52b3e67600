import GraftCatalog
import GraftMonitoring
import GraftPromQL

/// The series a catalog's recording rules write, as metric families: named by the rule's `record`,
/// carrying the labels its expression promises (`sum by (higress) (...)` records `higress`), so queries
/// over them are checked as queries over scraped metrics are.
enum RecordedSeries {
    /// The families recorded by every PrometheusRule of `monitors`; a rule graft cannot read records no labels.
    static func families(of monitors: [Monitor]) -> [MetricFamily] {
        var families: [MetricFamily] = []
        for case .prometheusRule(let rule) in monitors {
            for recording in rule.groups.flatMap(\.rules) where !recording.isAlert {
                let labels = (try? PromQLParser.parse(recording.expr))?.promisedLabels ?? []
                families.append(MetricFamily(recording.name, .gauge, labels: labels.sorted()))
            }
        }
        return families
    }
}
