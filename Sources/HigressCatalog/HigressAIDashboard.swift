import Graft

/// The Higress AI gateway dashboard: traffic, workload, tokens, xDS and top services, with the defects
/// of the exported dashboard fixed (`HigressAIDefect`). The catalog's AI dashboard, in the console's AI slot.
public let higressAIDashboard = higressAI(edition: .catalog)

/// The dashboard the Higress deployment note imports by hand (`Higress-AI-CN.json`, Grafana 11.3), byte
/// for byte: its defects, and what its history left in it (stats migrated from singlestat, graphs from
/// the old graph panel, queries with their legacy resolution settings). Not in the catalog.
public let higressAIExport = higressAI(edition: .export)

/// The Higress AI dashboard under another title and uid (the benchmark builds many), as `edition` has it.
public func higressAI(title: String = "Higress AI", uid: String = "femmnlw6z39xcb", edition: HigressAIEdition = .catalog) -> Dashboard {
    let e = edition
    return Dashboard(title, uid: uid) {
        Row("General") {
            tile("下游请求量", unit: .requestsPerSecond, reduce: .lastNotNull) {
                legacy(#"round(sum(irate(envoy_http_downstream_rq_total{\#(e.downstream)}[5m])), 0.001)"#).resolution(intervalFactor: 1, step: 4)
            }.id(4)
            tile("下游成功率（非 5xx 响应）", unit: .percentUnit, successRatio: true) {
                legacy(#"sum(irate(envoy_http_downstream_rq{\#(e.downstream), response_code_class!="5xx"}[5m])) / sum(irate(envoy_http_downstream_rq_total{\#(e.downstream)}[5m]))"#)
            }.id(6)
            latency("下游请求耗时", metric: "envoy_http_downstream_rq_time", selector: e.downstream, unit: .milliseconds, averageInterval: true)
                .alertThreshold(true).id(8)
            tile("TCP 接收字节数", unit: .bytesPerSecond) {
                migrated(#"sum(irate(envoy_http_downstream_cx_rx_bytes_total{\#(e.downstream)}[2m]))"#).legend("")
            }.id(10)
            tile("上游请求量", unit: .requestsPerSecond, reduce: .lastNotNull) {
                legacy(#"round(sum(irate(envoy_cluster_upstream_rq_total{\#(e.upstream)}[5m])), 0.001)"#).resolution(intervalFactor: 1, step: 4)
            }.id(18)
            tile("上游成功率（非 5xx 响应）", unit: .percentUnit, successRatio: true) {
                legacy(e.upstreamSuccessRatio)
            }.id(19)
            latency("上游请求耗时", metric: "envoy_cluster_upstream_rq_time", selector: e.upstream, unit: .durationMilliseconds).id(16)
            tile("TCP 发送字节数", unit: .bytesPerSecond) {
                migrated(#"sum(irate(envoy_http_downstream_cx_tx_bytes_total{\#(e.downstream)}[2m]))"#).legend("")
            }.id(12)
        }.id(2)

        Row("Workload") {
            graph("容器 CPU 使用率", unit: .percent, legend: [.lastNotNull, .max, .mean]) {
                migrated(#"100 * sum(irate(container_cpu_usage_seconds_total{container="higress-gateway", \#(namespace)}[2m]))by(pod)"#)
                    .legend("{{pod}}").resolution(intervalFactor: 2, step: 2).refId("B")
            }.graphLook().id(34)
            graph("容器实际使用内存量", unit: .bytes, legend: [.lastNotNull, .max, .mean]) {
                Prometheus(memory("higress-gateway")).legend("{{pod}}-envoy").exemplar(false).interval("")
                Prometheus(memory("discovery")).legend("{{pod}}-istio").hide(false)
                Prometheus(memory("higress-core")).legend("{{pod}}-core").hide(false)
            }.id(23)
        }.id(21)

        Row("Request") {
            graph("下游每秒请求数", unit: e.unit(.requestsPerSecond), legend: [.min, .max, .mean], placement: .right) {
                Prometheus(#"sum(irate(envoy_http_downstream_rq{\#(gateway),http_conn_manager_prefix=~"outbound_0.0.0.0_.*"}[2m])) by (response_code_class)"#)
                    .legend("{{response_code_class}}")
            }.id(45)
            graph("上游每秒请求数", unit: e.unit(.requestsPerSecond), legend: [.min, .max, .mean], placement: .right) {
                Prometheus(#"sum(irate(envoy_cluster_upstream_rq{\#(gateway),cluster_name=~"outbound.*"\#(e.classedSeries)}[2m])) by (response_code_class)"#)
            }.id(49)
        }.id(47)

        Row("Token") {
            graph("Token消耗速率（每秒）", unit: e.unit(tokensPerSecond)) {
                Prometheus(e.tokenRate("input")).legend("输入 Token 数量").exemplar(false)
                Prometheus(e.tokenRate("output")).legend("输出 Token 数量").hide(false).instant(false)
            }.description("每秒钟生成或使用的令牌数量，常用于衡量限流系统的配额情况。").id(57)
            graph("每秒输入 Token 数（模型级）", unit: e.unit(tokensPerSecond)) {
                Prometheus(e.tokenRate("input") + " by (ai_model)").legend("{{ai_model}}")
            }.id(59)
            graph("每秒输出 Token 数（模型级）", unit: e.unit(tokensPerSecond)) {
                Prometheus(e.tokenRate("output") + " by (ai_model)").legend("{{ai_model}}").hide(false).instant(false).refId("B")
            }.id(62)
            graph("首 Token 延迟（模型级）", unit: .milliseconds) {
                Prometheus(e.perModel("llm_first_token_duration", per: "llm_stream_duration_count")).legend("{{ai_model}}")
            }.id(67)
            graph("请求处理耗时（模型级）", unit: .milliseconds) {
                Prometheus(e.perModel("llm_service_duration", per: "llm_duration_count")).legend("{{ai_model}}")
            }.id(66)
            e.tokenTable("供应商调用统计", by: "ai_cluster", key: "provider", sortBy: "Provider", relabel: {
                #"label_replace(\#($0), "provider", "$1", "ai_cluster", "\#(e.providerPattern)")"#
            }).id(61)
            e.tokenTable("模型使用情况", by: "ai_model", key: "ai_model").id(60)
            e.tokenTable("调用方使用统计", by: "ai_consumer", key: "ai_consumer")
                .description("不同消费者对服务的使用情况统计，可用于监控哪些用户/客户端调用量最大、消耗 Token 最多等。").id(63)
        }.panelSize(width: 8, height: 8).id(58)

        Row("XDS") {
            graph("Envoy 详情", unit: .opsPerSecond) {
                migrated(e.xds("sum(irate(envoy_cluster_upstream_cx_total", "[2m]))")).legend("XDS 连接数").refId("C")
                migrated(e.xds("sum(irate(envoy_cluster_upstream_cx_connect_fail", "[2m]))")).legend("XDS 连接失败次数").refId("A")
                migrated(e.restarts).legend("Envoy 重启次数").hide(nil).refId("B")
            }.graphLook().description("显示网格中 Envoy 代理的详细信息").id(28)
            graph("XDS 活跃连接数", unit: .short) {
                migrated(e.xds("sum(envoy_cluster_upstream_cx_active", ")")).legend("XDS 活跃连接数").hide(nil)
                    .resolution(intervalFactor: 2, step: 2).refId("C")
            }.graphLook().id(30)
            graph("XDS 请求大小", unit: .bytesPerSecond) {
                migrated(e.xds("max(rate(envoy_cluster_upstream_cx_rx_bytes_total", "[2m]))")).legend("XDS 响应最大字节数").refId("D")
                migrated(e.xds("quantile(0.5, rate(envoy_cluster_upstream_cx_rx_bytes_total", "[2m]))")).legend("XDS 响应平均字节数").refId("B")
                migrated(e.xds("max(rate(envoy_cluster_upstream_cx_tx_bytes_total", "[2m]))")).legend("XDS 请求最大字节数").hide(nil).refId("A")
                migrated(e.xds("quantile(.5, rate(envoy_cluster_upstream_cx_tx_bytes_total", "[2m]))")).legend("XDS 请求平均字节数").hide(nil).refId("C")
            }.graphLook().description("Envoy 向控制面发起 XDS 请求时所发送的数据大小（例如请求中携带的元数据或节点信息等）").id(32)
        }.panelSize(width: 8, height: 8).id(26)

        Row("Service Top") {
            e.serviceTop("QPS Top 10", column: "QPS", unit: .requestsPerSecond, widths: (23, 184),
                         #"sum(irate(envoy_cluster_upstream_rq_total{\#(gateway), \#(e.serviceTopClusters)}[5m])) by (cluster_name)"#).id(40)
            e.serviceTop("失败请求 Top 10", column: "QPS", unit: .requestsPerSecond, widths: (8, 186),
                         #"sum(irate(envoy_cluster_upstream_rq{response_code_class=~"(4|5)xx",\#(gateway), \#(e.serviceTopClusters)}[5m])) by (cluster_name)"#).id(50)
            e.serviceTop("活跃连接数 Top 10", column: "Connections", widths: (11, 186), hidden: "cluster_name",
                         #"sum(envoy_cluster_upstream_cx_active{\#(gateway), \#(e.serviceTopClusters)}) by (cluster_name)"#).id(41)
            e.serviceTop("响应时间 Top 10（慢请求）", column: "RT", unit: .milliseconds, widths: (21, 184), hidden: "service",
                         #"sum(irate(envoy_cluster_upstream_rq_time_sum{\#(gateway), \#(e.serviceTopClusters)}[5m])) by (cluster_name) / sum(irate(envoy_cluster_upstream_rq_time_count{\#(gateway),\#(e.serviceTopClusters)}[5m])) by (cluster_name)"#).id(42)
        }.id(38)
    }
    .description("Higress AI Gateway Dashboard")
    .datasource(.prometheus(e.datasource.rawValue))
    .variables {
        gatewayVariable
        e.namespaceVariable
    }
    .annotations(legacyAnnotation)
    .time(from: "now-15m")
    .timezone("")
    .version(55)
    .fileName("higress-ai")
    .folder(higressFolder)
}
