import Graft

/// The Higress gateway dashboard, in the console's MAIN slot: traffic and success rate, latency
/// percentiles, upstream services, the gateway's workload, and its xDS connection to the controller.
/// Every query reads a metric the Higress metrics fixture serves (or a series the catalog's rules record
/// from them), so `graft verify` checks all of them on a real Prometheus.
public let higressMainDashboard = Dashboard("Higress Gateway", uid: "higress-main") {
    Row("Overview") {
        Stat("Requests") {
            Prometheus("sum(\(HigressRecorded.downstreamRequests.name){\(gateway)})").legend("requests")
        }.unit(.requestsPerSecond).size(width: 4)
        Stat("Success rate") {
            Prometheus("1 - max(\(HigressRecorded.downstreamServerErrors.name){\(gateway)})").legend("success")
        }.unit(.percentUnit).decimals(2).thresholds(.red, (0.95, .orange), (0.99, .green)).size(width: 4)
        Stat("P99 latency") {
            Prometheus("max(\(HigressRecorded.downstreamP99.name){\(gateway)})").legend("P99")
        }.unit(.milliseconds).size(width: 4)
        Stat("Upstream requests") {
            Prometheus("sum(rate(envoy_cluster_upstream_rq_total{\(upstream)}[$__rate_interval]))").legend("upstream requests")
        }.unit(.requestsPerSecond).size(width: 4)
        Stat("Active connections") {
            Prometheus("sum(envoy_http_downstream_cx_active{\(downstream)})").legend("connections")
        }.unit(.short).size(width: 4)
        Stat("Gateway pods live") {
            Prometheus("sum(envoy_server_live{\(gateway)})").legend("live")
        }.unit(.short).thresholds(.red, (1, .green)).size(width: 4)
    }

    Row("Traffic") {
        Timeseries("Requests by response class") {
            Prometheus("sum by (response_code_class) (rate(envoy_http_downstream_rq{\(downstream)}[$__rate_interval]))").legend("{{response_code_class}}")
        }.unit(.requestsPerSecond).legend(.table, placement: .right, calcs: [.mean, .max]).tooltip(.multi)
        Timeseries("Requests by listener") {
            Prometheus("sum by (http_conn_manager_prefix) (rate(envoy_http_downstream_rq_total{\(downstream)}[$__rate_interval]))")
                .legend("{{http_conn_manager_prefix}}")
        }.unit(.requestsPerSecond).tooltip(.multi)
        Timeseries("5xx ratio") {
            Prometheus("\(HigressRecorded.downstreamServerErrors.name){\(gateway)}").legend("downstream 5xx")
        }.unit(.percentUnit).tooltip(.multi)
        Timeseries("Bytes") {
            Prometheus("sum(rate(envoy_http_downstream_cx_rx_bytes_total{\(downstream)}[$__rate_interval]))").legend("received")
            Prometheus("sum(rate(envoy_http_downstream_cx_tx_bytes_total{\(downstream)}[$__rate_interval]))").legend("sent")
        }.unit(.bytesPerSecond).tooltip(.multi)
    }

    Row("Latency") {
        Timeseries("Downstream latency") {
            for quantile in ["0.50", "0.90", "0.99"] {
                Prometheus("histogram_quantile(\(quantile), sum by (le) (rate(envoy_http_downstream_rq_time_bucket{\(downstream)}[$__rate_interval])))")
                    .legend("P" + quantile.dropFirst(2))
            }
        }.unit(.milliseconds).legend(.table, placement: .right, calcs: [.mean, .max]).tooltip(.multi)
        Timeseries("Upstream P99 by service") {
            Prometheus("\(HigressRecorded.upstreamP99.name){\(gateway)}").legend("{{cluster_name}}")
        }.unit(.milliseconds).legend(.table, placement: .right, calcs: [.mean, .max]).tooltip(.multi)
    }

    Row("Upstream services") {
        Table("Services") {
            Prometheus(withServiceAndPort("sum by (cluster_name) (rate(envoy_cluster_upstream_rq_total{\(upstream)}[5m]))"))
                .instant().format(.table)
            Prometheus("sum by (cluster_name) (\(HigressRecorded.upstreamServerErrors.name){\(gateway)})").instant().format(.table)
            Prometheus("sum by (cluster_name) (\(HigressRecorded.upstreamP99.name){\(gateway)})").instant().format(.table)
            Prometheus("sum by (cluster_name) (envoy_cluster_upstream_cx_active{\(upstream)})").instant().format(.table)
        }
        .transformations {
            Merge()
            Organize(exclude: ["Time", "cluster_name"], order: ["service", "port", "Value #A", "Value #B", "Value #C", "Value #D"],
                     rename: ["service": "Service", "port": "Port", "Value #A": "Requests", "Value #B": "5xx", "Value #C": "P99",
                              "Value #D": "Connections"])
        }
        .overrides {
            Override(.byName("Requests")) { FieldProperty.unit(.requestsPerSecond) }
            Override(.byName("5xx")) { FieldProperty.unit(.percentUnit) }
            Override(.byName("P99")) { FieldProperty.unit(.milliseconds) }
            Override(.byName("Connections")) { FieldProperty.unit(.short) }
        }
        .sortBy([("Requests", true)])
        .unit(.short).size(width: 24)
        Timeseries("5xx ratio by service") {
            Prometheus("\(HigressRecorded.upstreamServerErrors.name){\(gateway)}").legend("{{cluster_name}}")
        }.unit(.percentUnit).tooltip(.multi).size(width: 8)
        Timeseries("Active connections by service") {
            Prometheus("sum by (cluster_name) (envoy_cluster_upstream_cx_active{\(upstream)})").legend("{{cluster_name}}")
        }.unit(.short).tooltip(.multi).size(width: 8)
        Timeseries("Connection failures by service") {
            Prometheus("sum by (cluster_name) (rate(envoy_cluster_upstream_cx_connect_fail{\(upstream)}[$__rate_interval]))").legend("{{cluster_name}}")
        }.unit(.opsPerSecond).tooltip(.multi).size(width: 8)
    }

    Row("Workload") {
        Timeseries("Gateway CPU") {
            Prometheus(#"100 * sum by (pod) (rate(container_cpu_usage_seconds_total{container="higress-gateway", \#(namespace)}[$__rate_interval]))"#)
                .legend("{{pod}}")
        }.unit(.percent).tooltip(.multi).size(width: 6)
        Timeseries("Gateway memory") {
            Prometheus(#"max by (pod) (container_memory_working_set_bytes{container="higress-gateway", \#(namespace)})"#).legend("{{pod}}")
        }.unit(.bytes).tooltip(.multi).size(width: 6)
        Timeseries("Controller memory") {
            Prometheus(#"max by (pod, container) (container_memory_working_set_bytes{container=~"higress-core|discovery", \#(namespace)})"#)
                .legend("{{pod}} {{container}}")
        }.unit(.bytes).tooltip(.multi).size(width: 6)
        Timeseries("Envoy uptime") {
            Prometheus("min by (pod) (envoy_server_uptime{\(gateway)})").legend("{{pod}}")
        }.unit(.seconds).tooltip(.multi).size(width: 6)
    }

    Row("xDS and configuration") {
        Timeseries("Connection to the controller") {
            Prometheus(#"sum by (pod) (envoy_cluster_upstream_cx_active{\#(gateway), cluster_name="xds-grpc"})"#).legend("{{pod}}")
        }.unit(.short).tooltip(.multi).size(width: 8)
        Timeseries("xDS connects and failures") {
            Prometheus(#"sum by (pod) (rate(envoy_cluster_upstream_cx_total{\#(gateway), cluster_name="xds-grpc"}[$__rate_interval]))"#)
                .legend("{{pod}} connects")
            Prometheus(#"sum by (pod) (rate(envoy_cluster_upstream_cx_connect_fail{\#(gateway), cluster_name="xds-grpc"}[$__rate_interval]))"#)
                .legend("{{pod}} failures")
        }.unit(.opsPerSecond).tooltip(.multi).size(width: 8)
        Timeseries("Configuration received") {
            Prometheus(#"sum by (pod) (rate(envoy_cluster_upstream_cx_rx_bytes_total{\#(gateway), cluster_name="xds-grpc"}[$__rate_interval]))"#)
                .legend("{{pod}}")
        }.unit(.bytesPerSecond).tooltip(.multi).size(width: 8)
    }
}
.description("Higress gateway: traffic, latency, upstream services, workload, xDS")
.tags("higress")
.datasource(.prometheus())
.variables {
    gatewayVariable
    gatewayNamespaceVariable
}
.time(from: "now-1h")
.refresh("30s")
.fileName("higress-main")
.folder(higressFolder)

/// The downstream series of the selected gateway's listeners.
private let downstream = "\(gateway), \(gatewayListeners)"
/// The series of the selected gateway's upstream services.
private let upstream = "\(gateway), \(serviceCluster)"

/// `expr` with each series' service and port taken out of its `cluster_name`.
func withServiceAndPort(_ expr: String) -> String {
    #"label_replace(label_replace(\#(expr), "service", "$2", "cluster_name", "\#(serviceClusterParts)"), "port", "$1", "cluster_name", "\#(serviceClusterParts)")"#
}
