import Foundation

/// A dashboard made for the lint tests, as Grafana would export it, with one fault per panel.
enum BrokenDashboard {
    /// The faults `graft lint` must report: rule, panel title, query letter.
    static let expected: Set<Expectation> = [
        Expectation(rule: "promql-syntax", panel: "Bad PromQL", refId: "A"),
        Expectation(rule: "undefined-variable", panel: "Undefined variable", refId: "B"),
        Expectation(rule: "unknown-label", panel: "Unknown label", refId: "C"),
        Expectation(rule: "grid-overlap", panel: "Overlapping", refId: nil),
        Expectation(rule: "unknown-datasource", panel: "Missing datasource", refId: nil),
        Expectation(rule: "unknown-datasource", panel: "Missing datasource", refId: "A"),
        Expectation(rule: "grid-bounds", panel: "Too wide", refId: nil),
        Expectation(rule: "unknown-label", panel: "Too wide", refId: "D"),
        Expectation(rule: "missing-unit", panel: "No unit", refId: nil),
    ]

    /// One expected finding.
    struct Expectation: Hashable, CustomStringConvertible {
        var rule: String
        var panel: String
        var refId: String?
        var description: String { "\(rule) in \"\(panel)\"\(refId.map { " › \($0)" } ?? "")" }
    }

    static let title = "Broken on purpose"

    /// The dashboard's JSON.
    static let json = #"""
    {
      "__inputs": [{"name": "DS_PROM", "label": "Prom", "description": "", "type": "datasource", "pluginId": "prometheus", "pluginName": "Prometheus"}],
      "title": "Broken on purpose",
      "uid": "broken-on-purpose",
      "schemaVersion": 40,
      "templating": {"list": [
        {"name": "gateway", "type": "query", "datasource": {"type": "prometheus", "uid": "${DS_PROM}"},
         "query": {"query": "label_values(envoy_server_live, higress)", "refId": "PrometheusVariableQueryEditor-VariableQuery"}}
      ]},
      "panels": [
        {"type": "timeseries", "id": 1, "title": "Bad PromQL", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
         "datasource": {"type": "prometheus", "uid": "${DS_PROM}"}, "fieldConfig": {"defaults": {"unit": "reqps"}, "overrides": []},
         "targets": [{"refId": "A", "expr": "sum(rate(envoy_http_downstream_rq_total{higress=\"$gateway\"}[5m])"}]},
        {"type": "timeseries", "id": 2, "title": "Undefined variable", "gridPos": {"x": 12, "y": 0, "w": 12, "h": 8},
         "datasource": {"type": "prometheus", "uid": "${DS_PROM}"}, "fieldConfig": {"defaults": {"unit": "reqps"}, "overrides": []},
         "targets": [{"refId": "B", "expr": "sum(rate(envoy_http_downstream_rq_total{higress=\"$gateway\", pod=~\"$pod\"}[$__rate_interval]))"}]},
        {"type": "stat", "id": 3, "title": "Unknown label", "gridPos": {"x": 0, "y": 8, "w": 12, "h": 4},
         "datasource": {"type": "prometheus", "uid": "${DS_PROM}"},
         "targets": [{"refId": "C", "expr": "sum(envoy_cluster_upstream_cx_active{higress=\"$gateway\", upstream_cluster=\"x\"})"}]},
        {"type": "stat", "id": 4, "title": "Overlapping", "gridPos": {"x": 6, "y": 8, "w": 12, "h": 4},
         "datasource": {"type": "prometheus", "uid": "${DS_PROM}"},
         "targets": [{"refId": "A", "expr": "sum(envoy_server_live{higress=\"$gateway\"})"}]},
        {"type": "stat", "id": 5, "title": "Missing datasource", "gridPos": {"x": 0, "y": 12, "w": 12, "h": 4},
         "datasource": {"type": "prometheus", "uid": "${DS_MISSING}"},
         "targets": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "${DS_MISSING}"}, "expr": "sum(envoy_server_live)"}]},
        {"type": "table", "id": 6, "title": "Too wide", "gridPos": {"x": 16, "y": 12, "w": 12, "h": 4},
         "datasource": {"type": "prometheus", "uid": "${DS_PROM}"},
         "targets": [{"refId": "D", "expr": "sum by (nonexistent) (envoy_server_live)", "instant": true, "format": "table"}]},
        {"type": "timeseries", "id": 7, "title": "No unit", "gridPos": {"x": 0, "y": 16, "w": 24, "h": 8},
         "datasource": {"type": "prometheus", "uid": "${DS_PROM}"},
         "targets": [{"refId": "A", "expr": "sum by (cluster_name) (irate(envoy_cluster_upstream_rq_total{higress=~\"${gateway:regex}\"}[2m]))"}]}
      ]
    }
    """#

    /// Writes the dashboard into a new temporary folder; returns the file's path.
    static func write() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-lint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("broken.json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
