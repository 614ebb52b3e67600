@testable import GraftPromQL
import Testing

/// The labels a query puts on its series, which `graft verify` requires non-empty.
@Suite struct PromisedLabelsTests {
    @Test(arguments: [
        // A selector promises nothing: its series carry what they were scraped with.
        (#"envoy_server_live{higress="x"}"#, []),
        ("sum by (cluster_name) (rate(m[5m]))", ["cluster_name"]),
        ("sum(rate(m[5m])) by (a, b)", ["a", "b"]),
        ("sum without (pod) (sum by (pod, node) (m))", ["node"]),
        ("sum(m)", []),
        // label_replace and label_join add their destination to what the inner query promises.
        (#"label_replace(label_replace(topk(10, sum by (cluster_name) (m)), "service", "$2", "cluster_name", "(.*)"), "port", "$1", "cluster_name", "(.*)")"#,
         ["cluster_name", "service", "port"]),
        (#"label_join(sum by (a) (m), "d", ",", "a")"#, ["a", "d"]),
        (#"count_values("version", sum by (job) (m))"#, ["version"]),
        // histogram_quantile drops le; binary operations keep the left side's, or the "many" side's with group_*.
        ("histogram_quantile(0.99, sum by (le, model) (rate(m_bucket[5m])))", ["model"]),
        ("sum by (a) (m) / sum by (a) (n)", ["a"]),
        ("sum by (a) (m) / on (a) group_left (b) sum by (a, b) (n)", ["a", "b"]),
        ("sum by (a) (m) / on (a) group_right sum by (a, c) (n)", ["a", "c"]),
        ("2 * sum by (a) (m)", ["a"]),
        ("1 - max(sum by (a) (m))", []),
        // or: only what both sides promise.
        ("sum by (a, b) (m) or 0 * sum by (a) (n)", ["a"]),
        ("absent(m)", []),
    ] as [(String, Set<String>)])
    func promised(expression: String, labels: Set<String>) throws {
        #expect(try PromQLParser.parse(expression).promisedLabels == labels)
    }
}
